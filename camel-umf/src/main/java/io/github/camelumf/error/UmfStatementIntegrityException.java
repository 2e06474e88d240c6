package io.github.camelumf.error;

/**
 * A statement file (SETTLEDETAIL, TRANSDETAIL, MONTHLYBILL) failed its integrity check: a missing header or
 * trailer (a truncated download), a malformed line, or a trailer whose merchant id, date, count or totals disagree
 * with the header, the request or the records read. Names the line number and the column, never a value of the
 * file (personal columns such as {@code cardholder} and {@code identifycode} included).
 */
public class UmfStatementIntegrityException extends UmfException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final int column;
    private final String columnName;
    private final String rule;

    /**
     * @param line       the line number in the file, 1 for the first line
     * @param column     the column number, 1 for the first column; 0 when the whole line is at fault
     * @param columnName the column's name as the reference writes it, or {@code null} for the whole line
     * @param rule       what is wrong, in words, without a value of the file
     */
    public UmfStatementIntegrityException(long line, int column, String columnName, String rule) {
        super("Statement integrity check failed at line " + line
              + (column > 0 ? ", column " + column + (columnName != null ? " (" + columnName + ")" : "") : "")
              + ": " + rule);
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.rule = rule;
    }

    /** The line number in the file (1 for the first line). */
    public long getLine() {
        return line;
    }

    /** The column number (1 for the first column), or 0 when the whole line is at fault. */
    public int getColumn() {
        return column;
    }

    /** The column's name as the reference writes it, or {@code null} when the whole line is at fault. */
    public String getColumnName() {
        return columnName;
    }

    /** What is wrong, in words. */
    public String getRule() {
        return rule;
    }
}

package io.github.camelumf.statement;

/**
 * The first line of a statement file: {@code SETTLEDETAIL-START,merId,settle date} (and the same for TRANSDETAIL
 * and MONTHLYBILL, whose date is the billing month {@code yyyyMM}).
 *
 * @param format     the file's format name ({@code SETTLEDETAIL}, {@code TRANSDETAIL}, {@code MONTHLYBILL})
 * @param merchantId UMF's merchant id
 * @param date       the settle date ({@code yyyyMMdd}) or the billing month ({@code yyyyMM}) as written
 * @param line       the line number of the header in the file
 */
public record StatementHeader(String format, String merchantId, String date, long line) {
}

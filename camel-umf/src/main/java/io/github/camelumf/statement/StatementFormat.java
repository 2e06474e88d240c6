package io.github.camelumf.statement;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of statement file: its header and trailer markers, its record columns as the reference lists them, and
 * its integrity check.
 *
 * @param <R> the record type
 */
public final class StatementFormat<R> {

    /** The settlement file (3.21). */
    public static final StatementFormat<SettlementRecord> SETTLEDETAIL = new StatementFormat<>("SETTLEDETAIL",
            "SETTLEDETAIL-START", "SETTLEDETAIL-END",
            List.of("tradeNo", "tranType", "tranState", "productName", "mainOrderId", "platDateTime", "currency",
                    "cbAmount", "rate", "amount", "comAmt", "sendTime", "buyForexNo", "buyForexRate",
                    "buyCurrencyId", "foreignAmount", "oriOrderId", "refundNo", "refundAmountRequested"),
            List.of("SETTLEDETAIL-END", "merId", "settlement date", "the sum of transactions",
                    "total reference foreign amount", "settlement amount", "settlement currency"),
            18, SettlementRecord::new, SettlementCheck::new);

    /** The transaction (reconciliation) file (3.23). */
    public static final StatementFormat<TransactionRecord> TRANSDETAIL = new StatementFormat<>("TRANSDETAIL",
            "TRANSDETAIL-START", "TRANSDETAIL-END",
            List.of("tradeno", "mobileid", "orderid", "orderdate", "platdate", "plattime", "currency", "cbamount",
                    "amount", "exchangerate", "settledate", "transtate", "transtype", "productid", "merdate",
                    "refundno", "prefundtradeno", "cardholder", "identifycode", "comamt"),
            List.of("TRANSDETAIL-END", "MerId", "settledate", "number"),
            20, TransactionRecord::new, TransactionCheck::new);

    /** The monthly settle statement (3.25). */
    public static final StatementFormat<MonthlyBillRecord> MONTHLYBILL = new StatementFormat<>("MONTHLYBILL",
            "MONTHLYBILL_START", "MONTHLYBILL_END",
            List.of("order_id/refund_no", "trade_no", "order_form_time", "order_finish_time", "product_name",
                    "merchant_amount", "merchant_currency", "transaction_rate", "transaction_amount", "fee",
                    "net_amount", "transaction_type", "transaction_state", "purchase_date", "purchase_rate",
                    "reference_foreign_amount", "settle_currency", "settle_state", "settle_date",
                    "origin_order_id"),
            List.of("MONTHLYBILL_END", "merId", "billing cycle", "the sum of transactions", "Settlement currency",
                    "the total amount of foreign exchange purchase of this month",
                    "the total amount of foreign exchange payment of this month"),
            19, MonthlyBillRecord::new, MonthlyBillCheck::new);

    private final String name;
    private final String startMarker;
    private final String endMarker;
    private final List<String> columns;
    private final List<String> trailerColumns;
    private final int requiredColumns;
    private final Function<Columns, R> recordReader;
    private final Supplier<StatementCheck<R>> check;

    private StatementFormat(String name, String startMarker, String endMarker, List<String> columns,
                            List<String> trailerColumns, int requiredColumns, Function<Columns, R> recordReader,
                            Supplier<StatementCheck<R>> check) {
        this.name = name;
        this.startMarker = startMarker;
        this.endMarker = endMarker;
        this.columns = columns;
        this.trailerColumns = trailerColumns;
        this.requiredColumns = requiredColumns;
        this.recordReader = recordReader;
        this.check = check;
    }

    /**
     * Opens a file for reading record by record. Reads the header now (an empty body is
     * {@link io.github.camelumf.error.UmfStatementNotReadyException}); the records and the trailer are read as the
     * reader is iterated, and the integrity check fires when the iteration reaches the end.
     *
     * @param in       the file's bytes; closed when the reader ends or is closed
     * @param charset  the file's character set (UTF-8 or GBK)
     * @param expected what the request asked for (date, merchant id), checked against the header
     */
    public StatementReader<R> open(InputStream in, Charset charset, StatementExpectation expected) {
        return new StatementReader<>(this, in, charset, expected);
    }

    /** The format's name: {@code SETTLEDETAIL}, {@code TRANSDETAIL} or {@code MONTHLYBILL}. */
    public String name() {
        return name;
    }

    String startMarker() {
        return startMarker;
    }

    String endMarker() {
        return endMarker;
    }

    /** The record columns, as the reference names them. */
    public List<String> columns() {
        return columns;
    }

    List<String> trailerColumns() {
        return trailerColumns;
    }

    int requiredColumns() {
        return requiredColumns;
    }

    R read(Columns line) {
        return recordReader.apply(line.requireAtLeast(requiredColumns));
    }

    StatementCheck<R> newCheck() {
        return check.get();
    }

    @Override
    public String toString() {
        return name;
    }
}

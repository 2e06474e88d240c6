package io.github.camelumf.example.settlement;

import io.github.camelumf.statement.SettlementRecord;

/** One CSV line per settled payment or refund (no personal data is in a settlement file). */
public final class SettlementCsv {

    /** The first line of every CSV file. */
    public static final String HEADER = "tradeNo,tranType,mainOrderId,currency,cbAmount,amount,comAmt,foreignAmount,"
                                        + "buyCurrencyId,refundNo\n";

    private SettlementCsv() {
    }

    /** The CSV line of a record, with its line break. */
    public static String line(SettlementRecord record) {
        return String.join(",", text(record.getTradeNo()), text(record.getTranType()), text(record.getMainOrderId()),
                text(record.getCurrency()), plain(record.getCbAmount()), plain(record.getAmount()),
                plain(record.getComAmt()), plain(record.getForeignAmount()), text(record.getBuyCurrencyId()),
                text(record.getRefundNo())) + "\n";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}

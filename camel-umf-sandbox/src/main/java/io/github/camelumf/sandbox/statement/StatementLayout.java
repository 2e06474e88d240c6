package io.github.camelumf.sandbox.statement;

import io.github.camelumf.sandbox.SandboxClock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The three file layouts of the reference (3.21, 3.23, 3.25): header, one line per record, trailer. */
enum StatementLayout {

    /** 3.21: the trailer has the count, the foreign amount total twice (reference, settled) and USD. */
    SETTLEDETAIL("SETTLEDETAIL-START", "SETTLEDETAIL-END", 16) {
        @Override
        String record(Settled s, String date) {
            return String.join(",", s.id(), s.refund() ? "refund" : "payment", "success", s.productName(),
                    s.refund() ? s.originalOrderId() : s.orderId(), dateTime(s.successAt()), s.currency(),
                    s.cbAmount().toPlainString(), s.rate().setScale(8).toPlainString(), s.amount().toPlainString(),
                    s.fee().toPlainString(), s.settleDate().format(YYYYMMDD),
                    "BF" + s.currency() + s.settleDate().format(YYYYMMDD), Settled.USD_RATE.toPlainString(), "USD",
                    s.foreignAmount().toPlainString(), s.refund() ? s.originalOrderId() : "N/A",
                    s.refund() ? s.orderId() : "N/A", s.refund() ? s.cbAmount().toPlainString() : "N/A");
        }

        @Override
        BigDecimal total(Settled s) {
            return s.foreignAmount();
        }

        @Override
        String syntheticRecord(long i, String date) {
            return "SYN" + i + ",payment,success,PaymentGateway-Debitcard,ORDER" + i + ",20180129163131,USD,200.00,"
                   + "6.80880000,1361.76,61.76," + date + ",BFUSD" + date + ",6.8088,USD,190.93,N/A,N/A";
        }

        @Override
        String trailer(String merchantId, String date, long count, BigDecimal total, BigDecimal second) {
            return endMarker() + "," + merchantId + "," + date + "," + count + "," + total.toPlainString() + ","
                   + total.toPlainString() + ",USD";
        }
    },

    /** 3.23: the trailer has the count only. */
    TRANSDETAIL("TRANSDETAIL-START", "TRANSDETAIL-END", 9) {
        @Override
        String record(Settled s, String date) {
            return String.join(",", s.id(), "N/A", s.refund() ? s.originalOrderId() : s.orderId(),
                    s.createdAt().atZone(SandboxClock.CHINA).format(YYYYMMDD),
                    s.successAt().atZone(SandboxClock.CHINA).format(YYYYMMDD),
                    s.successAt().atZone(SandboxClock.CHINA).format(HHMMSS), s.currency(), s.cbAmount().toPlainString(),
                    s.amount().toPlainString(), s.rate().setScale(8).toPlainString(), s.settleDate().format(YYYYMMDD),
                    s.state(), s.refund() ? "refund" : "payment", s.productName(),
                    s.createdAt().atZone(SandboxClock.CHINA).format(YYYYMMDD), s.refund() ? s.orderId() : "N/A",
                    s.refund() ? s.originalTradeNo() : "N/A", "N/A", "N/A", s.fee().toPlainString());
        }

        @Override
        BigDecimal total(Settled s) {
            return s.amount();
        }

        @Override
        String syntheticRecord(long i, String date) {
            return "SYN" + i + ",N/A,ORDER" + i + ",20180129,20180129,163131,USD,200.00,1361.76,6.80880000," + date
                   + ",TRADE_SUCCESS,payment,PaymentGateway-Debitcard,20180129,N/A,N/A,N/A,N/A,61.76";
        }

        @Override
        String trailer(String merchantId, String date, long count, BigDecimal total, BigDecimal second) {
            return endMarker() + "," + merchantId + "," + date + "," + count;
        }
    },

    /** 3.25: the trailer has the count, USD, the foreign amount total and the net (CNY amount - fee) total. */
    MONTHLYBILL("MONTHLYBILL_START", "MONTHLYBILL_END", 16) {
        @Override
        String record(Settled s, String date) {
            return String.join(",", s.orderId(), s.id(), dateTime(s.createdAt()), dateTime(s.successAt()),
                    s.productName(), s.cbAmount().toPlainString(), s.currency(), s.rate().setScale(8).toPlainString(),
                    s.amount().toPlainString(), s.fee().toPlainString(), net(s).toPlainString(),
                    s.refund() ? "refund" : "payment", "success", s.settleDate().format(YYYYMMDD),
                    Settled.USD_RATE.toPlainString(), s.foreignAmount().toPlainString(), "USD", "Y",
                    s.settleDate().format(YYYYMMDD), s.refund() ? s.originalOrderId() : "");
        }

        @Override
        BigDecimal total(Settled s) {
            return s.foreignAmount();
        }

        @Override
        BigDecimal second(Settled s) {
            return net(s);
        }

        @Override
        String syntheticRecord(long i, String date) {
            throw new UnsupportedOperationException("no synthetic monthly files");
        }

        @Override
        String trailer(String merchantId, String date, long count, BigDecimal total, BigDecimal second) {
            return endMarker() + "," + merchantId + "," + date + "," + count + ",USD," + total.toPlainString() + ","
                   + second.toPlainString();
        }
    };

    static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final String startMarker;
    private final String endMarker;
    private final int amountColumn;

    StatementLayout(String startMarker, String endMarker, int amountColumn) {
        this.startMarker = startMarker;
        this.endMarker = endMarker;
        this.amountColumn = amountColumn;
    }

    String header(String merchantId, String date) {
        return startMarker + "," + merchantId + "," + date;
    }

    String endMarker() {
        return endMarker;
    }

    /** The column (from 1) a corrupted line gets a non-number in. */
    int amountColumn() {
        return amountColumn;
    }

    abstract String record(Settled s, String date);

    /** The amount the trailer's (first) total adds up. */
    abstract BigDecimal total(Settled s);

    /** The amount the trailer's second total adds up (MONTHLYBILL), else zero. */
    BigDecimal second(Settled s) {
        return BigDecimal.ZERO;
    }

    /** The i-th record of a synthetic file: its total is {@link #SYNTHETIC_TOTAL}. */
    abstract String syntheticRecord(long i, String date);

    abstract String trailer(String merchantId, String date, long count, BigDecimal total, BigDecimal second);

    /** What one synthetic record adds to the total (SETTLEDETAIL: foreign amount; TRANSDETAIL: CNY amount). */
    BigDecimal syntheticTotal() {
        return this == TRANSDETAIL ? new BigDecimal("1361.76") : new BigDecimal("190.93");
    }

    private static BigDecimal net(Settled s) {
        return s.amount().subtract(s.fee());
    }

    private static String dateTime(Instant instant) {
        return instant.atZone(SandboxClock.CHINA).format(DATE_TIME);
    }
}

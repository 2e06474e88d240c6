package io.github.camelumf.statement;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.github.camelumf.error.UmfStatementIntegrityException;
import io.github.camelumf.error.UmfStatementNotReadyException;
import io.github.camelumf.model.Examples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StatementReaderTest {

    private static final String SETTLEMENT = Examples.text("3.21-settlement-file.txt");
    private static final String TRANSACTIONS = Examples.text("3.23-transaction-file.txt");
    private static final String MONTHLY = Examples.text("3.25-monthly-bill-file.txt");

    @Test
    void referenceSettlementSampleParsesToSixRecordsAndPassesIntegrity() {
        Statement<SettlementRecord> statement = read(StatementFormat.SETTLEDETAIL, SETTLEMENT, "20180130");

        assertThat(statement.records()).hasSize(6);
        assertThat(statement.header()).isEqualTo(new StatementHeader("SETTLEDETAIL", "70510000", "20180130", 2));
        assertThat(statement.trailer().count()).isEqualTo(6);
        assertThat(statement.trailer().totals()).containsExactly(new BigDecimal("602.79"), new BigDecimal("602.79"));
        assertThat(statement.summary()).isEqualTo(new StatementSummary(6, new BigDecimal("602.79"), "USD"));

        SettlementRecord payment = statement.records().get(0);
        assertThat(payment.getLine()).isEqualTo(3);
        assertThat(payment.getTradeNo()).isEqualTo("2801291631868981");
        assertThat(payment.getTranType()).isEqualTo("payment");
        assertThat(payment.getPlatDateTime()).isEqualTo(LocalDateTime.of(2018, 1, 29, 16, 31, 31));
        assertThat(payment.getCbAmount()).isEqualByComparingTo("200.00");
        assertThat(payment.getRate()).isEqualTo(new BigDecimal("6.80880000"));
        assertThat(payment.getComAmt()).isEqualTo(new BigDecimal("61.76"));
        assertThat(payment.getSendTime()).isEqualTo(LocalDate.of(2018, 1, 30));
        assertThat(payment.getForeignAmount()).isEqualTo(new BigDecimal("190.93"));
        assertThat(payment.getOriOrderId()).as("N/A is null").isNull();
        assertThat(payment.getRefundNo()).isNull();
        assertThat(payment.getRefundAmountRequested()).as("column 19 absent on payment lines").isNull();

        SettlementRecord refund = statement.records().get(1);
        assertThat(refund.getTranType()).isEqualTo("refund");
        assertThat(refund.getOriOrderId()).isEqualTo("20180129355757");
        assertThat(refund.getRefundNo()).isEqualTo("901012902");
        assertThat(refund.getRefundAmountRequested()).isEqualTo(new BigDecimal("123456"));
        assertThat(refund.getExtraColumns()).isEmpty();
    }

    @Test
    void transactionFileParsesAndMasksPersonalColumns() {
        Statement<TransactionRecord> statement = read(StatementFormat.TRANSDETAIL, TRANSACTIONS, "20180130");

        assertThat(statement.records()).hasSize(2);
        TransactionRecord first = statement.records().get(0);
        assertThat(first.getPlatTime()).isEqualTo(LocalTime.of(16, 31, 31));
        assertThat(first.getAmount()).isEqualTo(new BigDecimal("1361.76"));
        assertThat(first.getCardholder()).isEqualTo("ZHANG SAN");
        assertThat(first.getIdentifyCode()).isEqualTo("110101199001011234");
        assertThat(first.getRefundNo()).isNull();
        assertThat(first.toString()).doesNotContain("ZHANG", "110101199001011234", "18710129807")
                .contains("tradeNo=2801291631868981", "cardholder=***", "identifyCode=***");
        assertThat(statement.summary()).isEqualTo(new StatementSummary(2, new BigDecimal("1429.84"), "CNY"));
    }

    @Test
    void monthlyBillParsesAndPassesIntegrity() {
        Statement<MonthlyBillRecord> statement = read(StatementFormat.MONTHLYBILL, MONTHLY, "201801");

        assertThat(statement.records()).hasSize(2);
        MonthlyBillRecord refund = statement.records().get(1);
        assertThat(refund.getOrderIdOrRefundNo()).isEqualTo("901012902");
        assertThat(refund.getOrderFinishTime()).isEqualTo(LocalDateTime.of(2018, 1, 29, 17, 38, 52));
        assertThat(refund.getOriginOrderId()).isEqualTo("20180129355757");
        assertThat(statement.records().get(0).getOriginOrderId()).as("empty is null").isNull();
        assertThat(statement.trailer().totals()).containsExactly(new BigDecimal("200.93"), new BigDecimal("1368.08"));
        assertThat(statement.summary()).isEqualTo(new StatementSummary(2, new BigDecimal("200.93"), "USD"));
    }

    @Test
    void recordsAreReadLazilyAndTheCheckFiresWhenTheStreamEnds() {
        String wrongCount = SETTLEMENT.replace("20180130,6,602.79", "20180130,7,602.79");
        StatementReader<SettlementRecord> reader = StatementFormat.SETTLEDETAIL.open(bytes(wrongCount),
                StandardCharsets.UTF_8, StatementExpectation.ofDate("20180130"));

        List<SettlementRecord> delivered = new ArrayList<>();
        UmfStatementIntegrityException failure = catchThrowableOfType(UmfStatementIntegrityException.class, () -> {
            for (SettlementRecord record : reader) {
                delivered.add(record);
                assertThat(reader.summary()).as("not checked before the end").isNull();
            }
        });

        assertThat(delivered).hasSize(6);
        assertThat(failure.getLine()).isEqualTo(9);
        assertThat(failure.getColumn()).isEqualTo(4);
        assertThat(failure.getMessage()).contains("line 9", "column 4", "7 records, 6 were read");
        assertThat(reader.trailer()).isNull();
    }

    @Test
    void truncatedDownloadWithoutTrailerFails() {
        String truncated = SETTLEMENT.substring(0, SETTLEMENT.indexOf("2801291642869121,refund"));

        assertIntegrityFailure(StatementFormat.SETTLEDETAIL, truncated, 8, 0, "ends without the SETTLEDETAIL-END");
    }

    @Test
    void trailerTotalThatIsNotTheSumOfForeignAmountsFails() {
        assertIntegrityFailure(StatementFormat.SETTLEDETAIL, SETTLEMENT.replace(",6,602.79,602.79,", ",6,602.78,602.79,"),
                9, 5, "not the sum of foreignAmount");
        assertIntegrityFailure(StatementFormat.SETTLEDETAIL, SETTLEMENT.replace(",6,602.79,602.79,", ",6,602.79,600.00,"),
                9, 6, "not the sum of foreignAmount");
    }

    @Test
    void recordAmountChangedInTransitIsCaughtByTheTotals() {
        String tampered = SETTLEMENT.replaceFirst("USD,190.93,N/A,N/A", "USD,190.94,N/A,N/A");

        assertIntegrityFailure(StatementFormat.SETTLEDETAIL, tampered, 9, 5, "602.79 is not the sum");
    }

    @Test
    void trailerMerchantOrDateDifferentFromTheHeaderFails() {
        assertIntegrityFailure(StatementFormat.SETTLEDETAIL,
                SETTLEMENT.replace("SETTLEDETAIL-END,70510000", "SETTLEDETAIL-END,70510001"), 9, 2, "merchant id");
        assertIntegrityFailure(StatementFormat.SETTLEDETAIL,
                SETTLEMENT.replace("SETTLEDETAIL-END,70510000,20180130", "SETTLEDETAIL-END,70510000,20180131"), 9, 3,
                "differs from the header's");
    }

    @Test
    void headerOfAnotherDateThanRequestedFails() {
        UmfStatementIntegrityException failure = catchThrowableOfType(UmfStatementIntegrityException.class,
                () -> read(StatementFormat.SETTLEDETAIL, SETTLEMENT, "20180131"));

        assertThat(failure.getLine()).isEqualTo(2);
        assertThat(failure.getColumn()).isEqualTo(3);
        assertThat(failure.getMessage()).contains("not the date requested (20180131)");
    }

    @Test
    void malformedAmountNamesLineAndColumn() {
        String corrupt = SETTLEMENT.replaceFirst("USD,190.93,N/A,N/A", "USD,19O.93,N/A,N/A");

        UmfStatementIntegrityException failure = assertIntegrityFailure(StatementFormat.SETTLEDETAIL, corrupt, 3, 16,
                "not a decimal number");
        assertThat(failure.getColumnName()).isEqualTo("foreignAmount");
        assertThat(failure.getMessage()).doesNotContain("19O.93");
    }

    @Test
    void malformedLineNeverShowsPersonalValues() {
        String shortLine = TRANSACTIONS.replaceFirst(",ZHANG SAN,110101199001011234,61.76", ",ZHANG SAN");
        UmfStatementIntegrityException failure = assertIntegrityFailure(StatementFormat.TRANSDETAIL, shortLine, 2, 19,
                "18 columns, at least 20 expected");
        assertThat(failure.getMessage()).doesNotContain("ZHANG", "110101199001011234");

        String badDate = TRANSACTIONS.replaceFirst("110101199001011234,61.76", "110101199001011234,6l.76");
        failure = assertIntegrityFailure(StatementFormat.TRANSDETAIL, badDate, 2, 20, "comamt");
        assertThat(failure.getMessage()).doesNotContain("ZHANG", "110101199001011234");
    }

    @Test
    void contentAfterTheTrailerFails() {
        assertIntegrityFailure(StatementFormat.TRANSDETAIL, TRANSACTIONS + "2801291631868983,x\n", 5, 0,
                "content after the trailer");
    }

    @Test
    void missingHeaderFails() {
        String noHeader = TRANSACTIONS.substring(TRANSACTIONS.indexOf('\n') + 1);

        assertThatThrownBy(() -> read(StatementFormat.TRANSDETAIL, noHeader, "20180130"))
                .isInstanceOf(UmfStatementIntegrityException.class)
                .hasMessageContaining("line 1").hasMessageContaining("does not start with the TRANSDETAIL-START");
    }

    @Test
    void emptyBodyIsNotReadyRatherThanAFailure() {
        assertThatThrownBy(() -> read(StatementFormat.SETTLEDETAIL, "\n  \n", "20180130"))
                .isInstanceOf(UmfStatementNotReadyException.class)
                .hasMessageContaining("not ready");
    }

    @Test
    void extraTrailingColumnsAreKept() {
        String extended = TRANSACTIONS.replace("110101199001011234,0.00", "110101199001011234,0.00,NEW1,NEW2");

        TransactionRecord refund = read(StatementFormat.TRANSDETAIL, extended, "20180130").records().get(1);

        assertThat(refund.getComAmt()).isEqualByComparingTo("0.00");
        assertThat(refund.getExtraColumns()).containsExactly("NEW1", "NEW2");
    }

    @Test
    void gbkFileIsReadWithTheGbkCharset() {
        Charset gbk = Charset.forName("GBK");
        String chinese = TRANSACTIONS.replace("ZHANG SAN", "\u5F20\u4E09").replace("PaymentGateway-Debitcard",
                "\u7F51\u5173\u652F\u4ED8");

        StatementReader<TransactionRecord> reader = StatementFormat.TRANSDETAIL.open(
                new ByteArrayInputStream(chinese.getBytes(gbk)), gbk, StatementExpectation.ofDate("20180130"));
        Statement<TransactionRecord> statement = reader.readAll();

        assertThat(statement.records().get(0).getCardholder()).isEqualTo("\u5F20\u4E09");
        assertThat(statement.records().get(0).getProductId()).isEqualTo("\u7F51\u5173\u652F\u4ED8");
    }

    @Test
    void mixedCurrenciesInASettlementFileFail() {
        String mixed = SETTLEMENT.replaceFirst("6.8088,USD,10.00", "6.8088,EUR,10.00");

        assertIntegrityFailure(StatementFormat.SETTLEDETAIL, mixed, 4, 15, "currency differs");
    }

    @Test
    void readerIsIterableOnce() {
        StatementReader<SettlementRecord> reader = StatementFormat.SETTLEDETAIL.open(bytes(SETTLEMENT),
                StandardCharsets.UTF_8, StatementExpectation.ANY);
        reader.iterator();

        assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    }

    private static <R> UmfStatementIntegrityException assertIntegrityFailure(StatementFormat<R> format, String text,
                                                                            long line, int column, String rule) {
        String date = format == StatementFormat.MONTHLYBILL ? "201801" : "20180130";
        UmfStatementIntegrityException failure = catchThrowableOfType(UmfStatementIntegrityException.class,
                () -> read(format, text, date));
        assertThat(failure).as("integrity failure expected").isNotNull();
        assertThat(failure.getLine()).isEqualTo(line);
        assertThat(failure.getColumn()).isEqualTo(column);
        assertThat(failure.getMessage()).contains(rule);
        return failure;
    }

    private static <R> Statement<R> read(StatementFormat<R> format, String text, String date) {
        return format.open(bytes(text), StandardCharsets.UTF_8, StatementExpectation.ofDate(date)).readAll();
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}

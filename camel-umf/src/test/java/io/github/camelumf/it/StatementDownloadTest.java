package io.github.camelumf.it;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfStatementIntegrityException;
import io.github.camelumf.error.UmfStatementNotReadyException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.sandbox.statement.StatementControls;
import io.github.camelumf.statement.MonthlyBillRecord;
import io.github.camelumf.statement.SettlementRecord;
import io.github.camelumf.statement.Statement;
import io.github.camelumf.statement.StatementReader;
import io.github.camelumf.statement.TransactionRecord;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:settlement/download, umf:transactions/download and umf:settleMonth/create + download against the sandbox. */
class StatementDownloadTest extends SandboxTestSupport {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** The sandbox is shared with other test classes: start each test on a day no earlier payment settles on. */
    @org.junit.jupiter.api.BeforeEach
    void freshDay() {
        SANDBOX.advanceClock(java.time.Duration.ofDays(3));
    }

    @Test
    void settlementFileHoldsThePaymentsAndRefundsOfTheSettleDateAndPassesTheCheck() {
        PaidPayment first = payByCard("100.00");
        PaidPayment second = payByCard("200.00");
        io.github.camelumf.model.Refund refund = call("umf:refund/create",
                TestOrders.refund(first.reference(), TestOrders.newReference(), "30.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, first.id())).getMessage().getBody(io.github.camelumf.model.Refund.class);
        SANDBOX.completeRefund(refund.getId()); // a synchronous refund answers REFUND_PROCESS; it settles once done
        String settleDate = settleDateOfTodaysPayments();

        Exchange exchange = call("umf:settlement/download?outputType=STATEMENT", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));

        @SuppressWarnings("unchecked")
        Statement<SettlementRecord> statement = exchange.getMessage().getBody(Statement.class);
        assertThat(statement.records()).extracting(SettlementRecord::getTranType)
                .containsExactly("payment", "payment", "refund");
        assertThat(statement.records()).extracting(SettlementRecord::getMainOrderId)
                .containsExactly(first.reference(), second.reference(), first.reference());
        assertThat(statement.records().get(2).getRefundAmountRequested()).isEqualByComparingTo("30.00");
        BigDecimal sum = statement.records().stream().map(SettlementRecord::getForeignAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("47.15"); // (97 + 194) / 6.8088 + 30 / 6.8088, each rounded
        assertThat(exchange.getMessage().getHeaders()).containsEntry(UmfConstants.STATEMENT_RECORD_COUNT, 3L)
                .containsEntry(UmfConstants.STATEMENT_CURRENCY, "USD")
                .containsEntry(UmfConstants.SETTLE_DATE, settleDate)
                .containsEntry(UmfConstants.STATEMENT_FORMAT, "SETTLEDETAIL")
                .containsEntry(UmfConstants.HTTP_STATUS, 200);
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATEMENT_TOTAL, BigDecimal.class))
                .isEqualByComparingTo(sum);
        RecordedRequest request = lastRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.apiPath()).isEqualTo("/payments/statement_download");
        assertThat(request.query()).isEqualTo("settle_date=" + settleDate);
    }

    @Test
    void recordsAreSplitOneByOneAndTheTotalsArriveWhenTheStreamEnds() throws Exception {
        payByCard("10.00");
        payByCard("20.00");
        String settleDate = settleDateOfTodaysPayments();
        List<SettlementRecord> seen = new CopyOnWriteArrayList<>();
        addRoute("direct:reconcile", "umf:settlement/download", seen);

        Exchange exchange = template.send("direct:reconcile",
                e -> e.getMessage().setHeader(UmfConstants.SETTLE_DATE, settleDate));

        assertThat(exchange.getException()).isNull();
        assertThat(seen).hasSize(2);
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATEMENT_RECORD_COUNT)).isEqualTo(2L);
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATEMENT_TOTAL, BigDecimal.class))
                .isEqualByComparingTo(seen.get(0).getForeignAmount().add(seen.get(1).getForeignAmount()));
    }

    @Test
    void brokenTrailerFailsTheSplittingRouteBeforeTheLastRecordIsProcessed() throws Exception {
        payByCard("10.00");
        payByCard("11.00");
        String settleDate = settleDateOfTodaysPayments();
        statements().breakTrailer(settleDate);
        List<SettlementRecord> seen = new CopyOnWriteArrayList<>();
        addRoute("direct:reconcile", "umf:settlement/download", seen);

        Exchange exchange = template.send("direct:reconcile",
                e -> e.getMessage().setHeader(UmfConstants.SETTLE_DATE, settleDate));

        // the splitter looks one record ahead, so the trailer's check fires before the last record is processed
        assertThat(seen).hasSize(1);
        UmfStatementIntegrityException failure = integrityFailure(exchange);
        assertThat(failure.getLine()).isEqualTo(4);
        assertThat(failure.getColumn()).isEqualTo(4);
    }

    @Test
    void truncatedAndCorruptedFilesFailTheCheckNamingLineAndColumn() {
        payByCard("10.00");
        payByCard("11.00");
        String settleDate = settleDateOfTodaysPayments();

        statements().truncate(settleDate);
        Exchange truncated = send("umf:settlement/download?outputType=STATEMENT", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));
        assertThat(integrityFailure(truncated).getMessage()).contains("line 4", "ends without the SETTLEDETAIL-END");

        SANDBOX.sandbox().reset();
        statements().corruptLine(settleDate, 3);
        Exchange corrupted = send("umf:settlement/download?outputType=STATEMENT", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));
        UmfStatementIntegrityException failure = integrityFailure(corrupted);
        assertThat(failure.getLine()).isEqualTo(3);
        assertThat(failure.getColumn()).isEqualTo(16);
        assertThat(failure.getMessage()).doesNotContain("12x.34");
    }

    @Test
    void aDateNotPastYetOrMarkedNotReadyIsNotReady() {
        String today = LocalDate.now(SANDBOX.sandbox().clock()).format(YYYYMMDD);
        String yesterday = LocalDate.now(SANDBOX.sandbox().clock()).minusDays(1).format(YYYYMMDD);
        statements().notReady(yesterday);

        for (String date : List.of(today, yesterday)) {
            Exchange exchange = send("umf:settlement/download", null, Map.of(UmfConstants.SETTLE_DATE, date));
            assertThat(exchange.getException()).isInstanceOf(UmfStatementNotReadyException.class);
            assertThat(((UmfStatementNotReadyException) exchange.getException()).getRetCode()).isEqualTo("00280059");
        }
    }

    @Test
    void streamOutputIsTheVerifiedBytesAndFailsAtTheEndWhenTheFileDoesNotAddUp() throws Exception {
        payByCard("12.00");
        String settleDate = settleDateOfTodaysPayments();

        Exchange exchange = call("umf:settlement/download?outputType=STREAM", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));
        String text;
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).startsWith("SETTLEDETAIL-START,70510000," + settleDate + "\n")
                .contains("\nSETTLEDETAIL-END,70510000," + settleDate + ",1,");

        statements().breakTrailer(settleDate);
        Exchange broken = call("umf:settlement/download?outputType=STREAM", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));
        try (InputStream in = broken.getMessage().getBody(InputStream.class)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(UmfStatementIntegrityException.class).hasMessageContaining("column 4");
        }
    }

    @Test
    void transactionFileOfTheSettleDate() {
        PaidPayment paid = payByCard("50.00");
        String settleDate = settleDateOfTodaysPayments();

        Exchange exchange = call("umf:transactions/download?outputType=STATEMENT", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));

        @SuppressWarnings("unchecked")
        Statement<TransactionRecord> statement = exchange.getMessage().getBody(Statement.class);
        assertThat(statement.records()).singleElement().satisfies(record -> {
            assertThat(record.getOrderId()).isEqualTo(paid.reference());
            assertThat(record.getTradeNo()).isEqualTo(paid.id());
            assertThat(record.getAmount()).isEqualByComparingTo("50.00");
            assertThat(record.getTranState()).isEqualTo("TRADE_SUCCESS");
        });
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATEMENT_TOTAL, BigDecimal.class))
                .isEqualByComparingTo("50.00");
        assertThat(lastRequest().apiPath()).isEqualTo("/payments/transactions_download");
    }

    @Test
    void monthlyStatementIsCreatedThenDownloadedThroughItsLinkAfter24Hours() {
        PaidPayment paid = payByCard("80.00");
        String settleDate = settleDateOfTodaysPayments();
        String month = settleDate.substring(0, 6);

        Exchange created = call("umf:settleMonth/create", "{\"settle_month\":\"" + month + "\"}", Map.of());
        Map<String, Object> headers = Map.of(UmfConstants.LINKS, created.getMessage().getHeader(UmfConstants.LINKS));
        Exchange early = send("umf:settleMonth/download?outputType=STATEMENT", null, headers);
        assertThat(early.getException()).isInstanceOf(UmfStatementNotReadyException.class);

        SANDBOX.advanceClock(Duration.ofHours(25));
        Exchange exchange = call("umf:settleMonth/download?outputType=STATEMENT", null, headers);

        @SuppressWarnings("unchecked")
        Statement<MonthlyBillRecord> statement = exchange.getMessage().getBody(Statement.class);
        assertThat(statement.header().date()).isEqualTo(month);
        assertThat(statement.records()).extracting(MonthlyBillRecord::getOrderIdOrRefundNo).contains(paid.reference());
        assertThat(lastRequest().apiPath()).matches("/payments/FILE_[A-Z0-9]+/settle_month_file_download");
    }

    @Test
    void settleMonthAndSettleDateAreCheckedBeforeSending() {
        int before = SANDBOX.sandbox().requests().size();

        Exchange noDate = send("umf:settlement/download", null, Map.of());
        Exchange badMonth = send("umf:settleMonth/create", "{\"settle_month\":\"201813\"}", Map.of());
        Exchange noFile = send("umf:settleMonth/download", null, Map.of());

        assertThat(noDate.getException()).isInstanceOf(UmfValidationException.class).hasMessageContaining("settleDate");
        assertThat(badMonth.getException()).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("settle_month");
        assertThat(noFile.getException()).isInstanceOf(UmfValidationException.class).hasMessageContaining("fileId");
        assertThat(SANDBOX.sandbox().requests()).hasSize(before);
    }

    @Test
    void largeSyntheticFileIsStreamedRecordByRecord() {
        String date = LocalDate.now(SANDBOX.sandbox().clock()).minusDays(3).format(YYYYMMDD);
        statements().synthetic(date, 200_000);

        Exchange exchange = call("umf:settlement/download", null, Map.of(UmfConstants.SETTLE_DATE, date));

        long count = 0;
        try (StatementReader<?> reader = exchange.getMessage().getBody(StatementReader.class)) {
            for (Object record : reader) {
                count++;
            }
        }
        assertThat(count).isEqualTo(200_000);
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATEMENT_TOTAL, BigDecimal.class))
                .isEqualByComparingTo(new BigDecimal("190.93").multiply(BigDecimal.valueOf(200_000)));
    }

    @Test
    void reconciliationRouteOfTheUserGuideHandsEachRecordOn() throws Exception {
        PaidPayment paid = payByCard("40.00");
        String settleDate = settleDateOfTodaysPayments();
        List<SettlementRecord> booked = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:backoffice").process(e -> booked.add(e.getMessage().getBody(SettlementRecord.class)));

                // user guide: Statements and reconciliation
                // tag::guide-settlement-download[]
                from("direct:reconcile")                                   // header CamelUmfSettleDate: 20180130
                    .to("umf:settlement/download")                         // body: StatementReader<SettlementRecord>
                    .split(body()).streaming()
                        .to("direct:backoffice")                           // one SettlementRecord per exchange
                    .end()
                    .log("${header.CamelUmfSettleDate}: ${header.CamelUmfStatementRecordCount} records,"
                         + " ${header.CamelUmfStatementTotal} ${header.CamelUmfStatementCurrency}");
                // end::guide-settlement-download[]
            }
        });

        Exchange done = template.send("direct:reconcile",
                e -> e.getMessage().setHeader(UmfConstants.SETTLE_DATE, settleDate));

        assertThat(done.getException()).isNull();
        assertThat(booked).extracting(SettlementRecord::getMainOrderId).containsExactly(paid.reference());
        assertThat(done.getMessage().getHeader(UmfConstants.STATEMENT_RECORD_COUNT, Long.class)).isEqualTo(1L);
    }

    /** The settle date of the payments made so far today, made ready by moving the sandbox clock two days on. */
    private String settleDateOfTodaysPayments() {
        String settleDate = LocalDate.now(SANDBOX.sandbox().clock()).plusDays(1).format(YYYYMMDD);
        SANDBOX.advanceClock(Duration.ofDays(2));
        return settleDate;
    }

    private void addRoute(String from, String download, List<SettlementRecord> seen) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(download)
                        .split(body()).streaming().stopOnException()
                        .process(e -> seen.add(e.getMessage().getBody(SettlementRecord.class)))
                        .end();
            }
        });
    }

    private static UmfStatementIntegrityException integrityFailure(Exchange exchange) {
        Throwable failure = exchange.getException();
        while (failure != null && !(failure instanceof UmfStatementIntegrityException)) {
            failure = failure.getCause();
        }
        assertThat(failure).as("integrity failure of " + exchange.getException()).isNotNull();
        return (UmfStatementIntegrityException) failure;
    }

    private static StatementControls statements() {
        return SANDBOX.sandbox().statements();
    }

    private static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = SANDBOX.sandbox().requests();
        return requests.get(requests.size() - 1);
    }
}

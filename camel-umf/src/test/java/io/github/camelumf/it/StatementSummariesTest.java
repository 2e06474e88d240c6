package io.github.camelumf.it;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.PaymentSummary;
import io.github.camelumf.model.RefundSummary;
import io.github.camelumf.model.StatementSummaries;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:settlement/statement (3.20) and umf:transactions/list (3.22): paged JSON, one page or all pages merged. */
class StatementSummariesTest extends SandboxTestSupport {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** The sandbox is shared with other test classes: start each test on a day no earlier payment settles on. */
    @org.junit.jupiter.api.BeforeEach
    void freshDay() {
        SANDBOX.advanceClock(java.time.Duration.ofDays(3));
    }

    @Test
    void referenceSamplesMapToTypedSummaries() throws Exception {
        JsonNode array = UmfJson.mapper().readTree(Examples.text("3.20-reconciliation-statement-response.json"));
        StatementSummaries reconciliations = UmfJson.fromTree(array.get(0).get("reconciliations"),
                StatementSummaries.class);
        assertThat(reconciliations.getPaymentSummaries()).hasSize(3);
        assertThat(reconciliations.getRefundSummaries()).hasSize(3);
        assertThat(reconciliations.getAmount().getTotal()).isEqualByComparingTo("602.79");
        assertThat(reconciliations.getAmount().getRate()).isEqualByComparingTo("6.8087");
        PaymentSummary payment = reconciliations.getPaymentSummaries().get(0);
        assertThat(payment.getServiceFee()).isEqualByComparingTo("61.76");
        assertThat(payment.getExchangeAmount().getRate()).as("a string rate").isEqualByComparingTo("6.8088");
        RefundSummary refund = reconciliations.getRefundSummaries().get(0);
        assertThat(refund.getPaymentId()).as("the sample's key is 'payment_id ' with a space").isNull();
        assertThat(refund.getUnknownMember("payment_id ").asText()).startsWith("PAY_");

        StatementSummaries transactions = UmfJson.fromTree(
                Examples.tree("3.22-transactions-response.json").get("transactions"), StatementSummaries.class);
        assertThat(transactions.getPaymentSummaries()).hasSize(2);
        assertThat(transactions.getPaymentSummaries().get(0).getAmount().getRate()).as("a number rate")
                .isEqualByComparingTo("6.98");
        assertThat(transactions.getPagination().getTotalCount()).isEqualTo(3);
        assertThat(transactions.getPaymentSummaries().get(0).toString()).doesNotContain("18710129807");
    }

    @Test
    void settlementStatementFollowsAllPagesOfTheArrayAnswer() {
        PaidPayment first = payByCard("10.00");
        payByCard("20.00");
        payByCard("30.00");
        io.github.camelumf.model.Refund refund = call("umf:refund/create",
                TestOrders.refund(first.reference(), TestOrders.newReference(), "5.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, first.id())).getMessage().getBody(io.github.camelumf.model.Refund.class);
        SANDBOX.completeRefund(refund.getId()); // a synchronous refund answers REFUND_PROCESS; it settles once done
        String settleDate = LocalDate.now(SANDBOX.sandbox().clock()).plusDays(1).format(YYYYMMDD);
        SANDBOX.advanceClock(Duration.ofDays(2));
        int before = SANDBOX.sandbox().requests().size();

        StatementSummaries onePage = call("umf:settlement/statement?pageSize=2", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate)).getMessage().getBody(StatementSummaries.class);
        Exchange all = call("umf:settlement/statement?pageSize=3&allPages=true", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));

        assertThat(onePage.getPaymentSummaries()).hasSize(2);
        assertThat(onePage.getRefundSummaries()).isEmpty();
        StatementSummaries merged = all.getMessage().getBody(StatementSummaries.class);
        assertThat(merged.getPaymentSummaries()).extracting(PaymentSummary::getMerReferenceId).hasSize(3)
                .contains(first.reference());
        assertThat(merged.getRefundSummaries()).extracting(RefundSummary::getPaymentId).containsExactly(first.id());
        assertThat(merged.getSettleDate()).isEqualTo(settleDate);
        List<RecordedRequest> requests = SANDBOX.sandbox().requests();
        assertThat(requests.subList(before, requests.size()))
                .filteredOn(r -> r.apiPath().equals("/payments/reconciliation_statement") && "0000".equals(r.retCode()))
                .extracting(RecordedRequest::query).containsExactly(
                "settle_date=" + settleDate + "&page_size=2",
                "settle_date=" + settleDate + "&page_size=3",
                "settle_date=" + settleDate + "&page_number=2&page_size=3");
    }

    @Test
    void transactionsListOfAMerchantDate() {
        String merDate = LocalDate.now(SANDBOX.sandbox().clock()).format(YYYYMMDD);
        PaidPayment paid = payByCard("15.00");

        StatementSummaries transactions = call("umf:transactions/list?allPages=true", null,
                Map.of(UmfConstants.MER_DATE, merDate)).getMessage().getBody(StatementSummaries.class);

        assertThat(transactions.getPaymentSummaries()).extracting(PaymentSummary::getPaymentId).contains(paid.id());
        assertThat(transactions.getPagination().getPageNumber()).isEqualTo(1);
    }
}

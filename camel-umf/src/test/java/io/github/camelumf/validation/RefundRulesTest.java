package io.github.camelumf.validation;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.Amount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelumf.validation.Violations.VALIDATOR;
import static io.github.camelumf.validation.Violations.array;
import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.example;
import static io.github.camelumf.validation.Violations.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@code refund/create} (3.10) and {@code refund/async} (3.11), on the reference's refund example. */
class RefundRulesTest {

    private static final String REFUND = "refund/create";

    private ObjectNode body;
    private ObjectNode refundInfo;
    private ObjectNode subOrder;

    @BeforeEach
    void refundOfTheReference() {
        body = example("3.10-refund-request.json");
        refundInfo = object(body, "/refund_info");
        subOrder = object(body, "/refund_info/sub_orders/0");
    }

    @Test
    void referenceRefundAndAsyncRefundAreValid() {
        assertValid(REFUND, body);
        assertValid("refund/async", body);
        assertValid("refund/async", example("3.11-async-refund-request.json"));
    }

    @Test
    void asyncRefundFollowsTheSameRules() {
        refundInfo.remove("amount");
        assertViolation("refund/async", body, "refund_info.amount", "is required");
    }

    @Test
    void refundInfoIsRequired() {
        body.remove("refund_info");
        assertViolation(REFUND, body, "refund_info", "is required");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 33})
    void refundMerReferenceIdIs4To32Characters(int length) {
        refundInfo.put("mer_reference_id", "R".repeat(length));
        assertViolation(REFUND, body, "refund_info.mer_reference_id", "must be 4 to 32 characters");
    }

    @Test
    void refundMerReferenceIdIsRequired() {
        refundInfo.remove("mer_reference_id");
        assertViolation(REFUND, body, "refund_info.mer_reference_id", "is required");
    }

    @Test
    void refundMerDateIsOptionalButARealDate() {
        refundInfo.remove("mer_date");
        assertValid(REFUND, body);
        refundInfo.put("mer_date", "20170231");
        assertViolation(REFUND, body, "refund_info.mer_date", "must be yyyyMMdd and a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.01", "0.00"})
    void refundAmountMustBePositive(String total) {
        object(refundInfo, "/amount").put("total", total);
        assertViolation(REFUND, body, "refund_info.amount.total", "must be greater than zero");
    }

    @Test
    void refundAmountHasAtMostTwoDecimals() {
        object(refundInfo, "/amount").put("total", "0.011");
        assertViolation(REFUND, body, "refund_info.amount.total",
                "must have at most 12 digits with at most 2 decimals");
    }

    @Test
    void refundSummaryIs1To64Characters() {
        refundInfo.put("refund_summary", "S".repeat(65));
        assertViolation(REFUND, body, "refund_info.refund_summary", "must be 1 to 64 characters");
    }

    @Test
    void refundSubOrdersAreRequired() {
        refundInfo.remove("sub_orders");
        assertViolation(REFUND, body, "refund_info.sub_orders", "is required");
    }

    @Test
    void refundedSubOrderMustNameThePaymentSubOrder() {
        subOrder.remove("mer_sub_reference_id");
        assertViolation(REFUND, body, "refund_info.sub_orders[0].mer_sub_reference_id", "is required");
    }

    @Test
    void refundedSubOrderNeedsItsTransCode() {
        subOrder.remove("trans_code");
        assertViolation(REFUND, body, "refund_info.sub_orders[0].trans_code", "is required");
    }

    @Test
    void refundedGoodsNeedTheirItems() {
        subOrder.put("trans_code", "01122030");
        assertViolation(REFUND, body, "refund_info.sub_orders[0].items",
                "is required for goods trade (trans_code 01122030)");
    }

    @Test
    void refundedSubOrdersMustAddUpToTheRefundAmount() {
        object(refundInfo, "/amount").put("total", "0.02");
        assertViolation(REFUND, body, "refund_info.amount.total",
                "must equal the sum of the amounts of refund_info.sub_orders");
    }

    @Test
    void severalRefundedSubOrdersAddUp() {
        object(refundInfo, "/amount").put("total", "1.01");
        array(refundInfo, "/sub_orders").addObject().put("mer_sub_reference_id", "b59nrj40k")
                .put("trans_code", "03223010").putObject("amount").put("total", "1.00").put("currency", "CNY");
        assertValid(REFUND, body);
    }

    @Test
    void refundedSubOrderIsInTheRefundCurrency() {
        object(subOrder, "/amount").put("currency", "USD");
        assertViolation(REFUND, body, "refund_info.sub_orders[0].amount.currency",
                "must be the currency of refund_info.amount");
    }

    /**
     * Section 3.10 covers both refunds ("Refund/Asynchronous Refund request data"; "the order, amount and notify_url
     * should be entered"), and its own example of a refund answer is REFUND_PROCESS, which UMF reports to notify_url
     * when it completes: a synchronous refund needs it as much as an asynchronous one, and the rule says why.
     */
    @ParameterizedTest
    @ValueSource(strings = {"refund/create", "refund/async"})
    void bothRefundsNeedTheNotifyUrlAndTheRuleSaysWhy(String operation) {
        body.remove("notify_url");
        assertViolation(operation, body, "notify_url", RefundRules.NOTIFY_URL_REQUIRED);
        assertThat(RefundRules.NOTIFY_URL_REQUIRED).contains("3.10").contains("REFUND_PROCESS");
    }

    @Test
    void refundNotifyUrlIsAtMost128Characters() {
        body.put("notify_url", "https://m.example/" + "n".repeat(111));
        assertViolation(REFUND, body, "notify_url", "must be 1 to 128 characters");
    }

    @Test
    void refundUpToWhatIsLeftOfThePaymentIsValid() {
        object(refundInfo, "/amount").put("total", "0.01");

        assertThatCode(() -> VALIDATOR.validateRefundAgainstPayment(body, Amount.of("0.03", "CNY"),
                new BigDecimal("0.02"))).doesNotThrowAnyException();
        assertThatCode(() -> VALIDATOR.validateRefundAgainstPayment(body, Amount.of("0.01", "CNY"), null))
                .doesNotThrowAnyException();
    }

    @Test
    void refundAbovePaymentAmountIsRefused() {
        assertAgainstPayment(Amount.of("0.009", "CNY"), null, "refund_info.amount.total",
                "must not exceed the payment amount");
    }

    @Test
    void refundAboveWhatIsLeftAfterEarlierRefundsIsRefused() {
        assertAgainstPayment(Amount.of("0.05", "CNY"), new BigDecimal("0.045"), "refund_info.amount.total",
                "must not exceed the payment amount less what was already refunded");
    }

    @Test
    void refundInAnotherCurrencyThanThePaymentIsRefused() {
        assertAgainstPayment(Amount.of("10.00", "USD"), null, "refund_info.amount.currency",
                "must be the currency of the payment");
    }

    @Test
    void refundAgainstAnUnknownPaymentOnlyChecksTheRefundAmount() {
        assertThatCode(() -> VALIDATOR.validateRefundAgainstPayment(body, null, null)).doesNotThrowAnyException();
        object(refundInfo, "/amount").put("total", "0.001");
        assertAgainstPayment(null, null, "refund_info.amount.total",
                "must have at most 12 digits with at most 2 decimals");
    }

    private void assertAgainstPayment(Amount payment, BigDecimal refunded, String field, String rule) {
        assertThatThrownBy(() -> VALIDATOR.validateRefundAgainstPayment(body, payment, refunded))
                .isInstanceOfSatisfying(UmfValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getRule()).isEqualTo(rule);
                });
    }
}

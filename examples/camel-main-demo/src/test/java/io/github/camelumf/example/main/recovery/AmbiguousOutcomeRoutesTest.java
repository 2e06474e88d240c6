package io.github.camelumf.example.main.recovery;

import java.util.List;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.example.main.CardPaymentRequests;
import io.github.camelumf.example.main.DemoCard;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.PaymentWithRefundsResponse;
import io.github.camelumf.model.RefundInfo;
import io.github.camelumf.model.RefundRequest;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery routes against the sandbox, with the connection dropped after the request reached it: once after UMF
 * processed the call ({@code processFirst} true: it happened) and once before ({@code false}: it did not). In both
 * cases the route ends with exactly one payment paid and one refund made, and never repeats what happened.
 */
class AmbiguousOutcomeRoutesTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private final AbandonedOrders abandoned = new AbandonedOrders();
    private CamelContext camel;
    private ProducerTemplate template;
    private CardPaymentRequests requests;

    @BeforeEach
    void startCamel() throws Exception {
        camel = new DefaultCamelContext();
        UmfComponent umf = new UmfComponent();
        UmfConfiguration c = umf.getConfiguration();
        c.setEnvironment(UmfEnvironment.SANDBOX);
        c.setBaseUrl(SANDBOX.baseUrl());
        c.setClientId(SANDBOX.clientId());
        c.setClientSecret(SANDBOX.clientSecret());
        c.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
        c.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        c.setResponseVerification(ResponseVerification.STRICT);
        camel.addComponent("umf", umf);
        camel.addRoutes(new AmbiguousOutcomeRoutes(abandoned, new RefundLookup()));
        camel.start();
        template = camel.createProducerTemplate();
        requests = new CardPaymentRequests(DemoCard.load(camel, "classpath:sandbox-test-card.properties"), "100.00",
                "30.00", "CNY", "http://127.0.0.1:9/umf/notifications");
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @ParameterizedTest(name = "UMF processed the lost create: {0}")
    @ValueSource(booleans = {true, false})
    void ambiguousCreateStartsOverUnderANewReferenceAndRemembersTheOldOne(boolean processedBeforeTheLoss) {
        PaymentRequest order = requests.payment();
        String firstReference = order.getOrder().getMerReferenceId();
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment")
                .dropConnectionAfterRequest(processedBeforeTheLoss);

        Payment payment = template.requestBody("direct:create-payment", order, Payment.class);

        assertThat(payment.getState()).isEqualTo(PaymentState.WAIT_BUYER_PAY);
        assertThat(payment.getOrder().getMerReferenceId()).isNotEqualTo(firstReference);
        assertThat(abandoned.isAbandoned(firstReference)).isTrue();
        assertThat(abandoned.isAbandoned(payment.getOrder().getMerReferenceId())).isFalse();
        assertThat(posts("/payments/payment")).hasSize(2);
    }

    @ParameterizedTest(name = "UMF processed the lost execute: {0}")
    @ValueSource(booleans = {true, false})
    void ambiguousExecuteQueriesThePaymentAndExecutesAgainOnlyIfItIsUnpaid(boolean processedBeforeTheLoss) {
        String paymentId = verifiedCardPayment();
        String path = "/payments/payment/" + paymentId + "/execute";
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(path).dropConnectionAfterRequest(processedBeforeTheLoss);

        Payment payment = template.requestBodyAndHeader("direct:execute-payment",
                requests.execute(SANDBOX.smsCode(paymentId)), UmfConstants.PAYMENT_ID, paymentId, Payment.class);

        assertThat(payment.getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(posts(path)).hasSize(processedBeforeTheLoss ? 1 : 2);
        assertThat(SANDBOX.payment(paymentId).path("state").asText()).isEqualTo("TRADE_SUCCESS");
    }

    @ParameterizedTest(name = "UMF processed the lost refund: {0}")
    @ValueSource(booleans = {true, false})
    void ambiguousRefundFindsItsRefundByReferenceOrSendsTheSameRefundAgain(boolean processedBeforeTheLoss) {
        String paymentId = paidCardPayment();
        // payment/get answers no sub-orders (3.9): the payment with its sub-orders comes from payment/getWithRefunds
        Payment paid = template.requestBodyAndHeader("umf:payment/getWithRefunds", null, UmfConstants.PAYMENT_ID,
                paymentId, PaymentWithRefundsResponse.class).getPayment();
        RefundRequest refund = requests.partialRefund(paid);
        String path = "/payments/payment/" + paymentId + "/refund";
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(path).dropConnectionAfterRequest(processedBeforeTheLoss);

        Object result = template.requestBodyAndHeader("direct:refund", refund, UmfConstants.PAYMENT_ID, paymentId);

        assertThat(posts(path)).hasSize(processedBeforeTheLoss ? 1 : 2);
        if (processedBeforeTheLoss) {
            assertThat(result).isInstanceOfSatisfying(RefundInfo.class, r -> assertThat(r.getMerReferenceId())
                    .isEqualTo(refund.getRefundInfo().getMerReferenceId()));
        } else {
            assertThat(result).isInstanceOf(io.github.camelumf.model.Refund.class);
        }
        PaymentWithRefundsResponse all = template.requestBodyAndHeader("umf:payment/getWithRefunds", null,
                UmfConstants.PAYMENT_ID, paymentId, PaymentWithRefundsResponse.class);
        assertThat(all.refundInfos()).as("one refund, never two").singleElement()
                .satisfies(r -> assertThat(r.getMerReferenceId()).isEqualTo(refund.getRefundInfo().getMerReferenceId()));
    }

    @Test
    void withoutAFaultEachRouteIsOneCall() {
        String paymentId = paidCardPayment();

        assertThat(posts("/payments/payment")).hasSize(1);
        assertThat(posts("/payments/payment/" + paymentId + "/execute")).hasSize(1);
    }

    private String verifiedCardPayment() {
        Payment created = template.requestBody("direct:create-payment", requests.payment(), Payment.class);
        template.requestBodyAndHeader("umf:payment/verify", requests.verify(), UmfConstants.PAYMENT_ID,
                created.getId());
        return created.getId();
    }

    private String paidCardPayment() {
        String paymentId = verifiedCardPayment();
        Payment paid = template.requestBodyAndHeader("direct:execute-payment", requests.execute(SANDBOX.smsCode(paymentId)),
                UmfConstants.PAYMENT_ID, paymentId, Payment.class);
        assertThat(paid.getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        return paymentId;
    }

    private static List<RecordedRequest> posts(String apiPath) {
        return SANDBOX.requests().stream().filter(r -> r.method().equals("POST") && r.apiPath().equals(apiPath))
                .toList();
    }
}

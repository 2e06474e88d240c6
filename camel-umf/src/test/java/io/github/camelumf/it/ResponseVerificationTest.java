package io.github.camelumf.it;

import java.io.IOException;
import java.util.Map;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEndpoint;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.model.Payment;
import io.github.camelumf.security.InMemoryTokenStore;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UMF's answers reach the component through a {@link TamperingProxy}: an answer whose body was changed on the way
 * must never be delivered, whatever the operation, since its meta.sign (section 1.6; the sandbox, like UMF, sends no
 * Signature response header) no longer verifies; a Signature header added on the way must verify too; a missing
 * signature fails only under STRICT.
 */
class ResponseVerificationTest extends SandboxTestSupport {

    private static final String ORDER_TOTAL = "\"total\":\"100.00\"";
    private static final String ALTERED_TOTAL = "\"total\":\"900.00\"";

    private static TamperingProxy proxy;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = TamperingProxy.start(SANDBOX.baseUrl());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void untouched() {
        proxy.reset();
    }

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        configuration.setBaseUrl(proxy.baseUrl());
        // endpoints with different responseVerification have their own client: they share the token
        configuration.setTokenStore(new InMemoryTokenStore());
    }

    @Test
    void answersPassedThroughTheProxyUntouchedVerifyUnderStrict() {
        String paymentId = createPayment("umf:payment/create");

        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(fetched.getMessage().getBody(Payment.class).getOrder().getAmount().getTotal())
                .isEqualByComparingTo("100.00");
        assertThat(proxy.forwarded()).contains("POST /cberest/v1/payments/payment",
                "GET /cberest/v1/payments/payment/" + paymentId);
        assertThat(proxy.tampered()).isZero();
        assertThat(proxy.signatureHeadersFromTarget()).as("the sandbox signs in meta.sign only, as UMF does").isZero();
    }

    @Test
    void createAnswerWithOneAlteredByteIsRejectedAndNotDelivered() {
        proxy.tamper(TamperingProxy.Tamper.replaceInBody(ORDER_TOTAL, ALTERED_TOTAL));

        String order = order();
        Exchange exchange = send("umf:payment/create", order, Map.of());

        assertThat(proxy.tampered()).isEqualTo(1);
        assertSignatureDoesNotVerify(exchange, "payment/create", order);
        assertThat(exchange.getException()).hasMessageContaining("has a meta.sign that does not verify");
    }

    @Test
    void getAnswerWithOneAlteredByteIsRejectedAndNotRetried() {
        String paymentId = createPayment("umf:payment/create");
        proxy.reset();
        proxy.tamper(TamperingProxy.Tamper.replaceInBody(ORDER_TOTAL, ALTERED_TOTAL));

        Exchange exchange = send("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertSignatureDoesNotVerify(exchange, "payment/get", null);
        assertThat(proxy.forwarded()).as("a forged answer is not a reason to repeat the GET")
                .containsExactly("GET /cberest/v1/payments/payment/" + paymentId);
    }

    @Test
    void alteredAnswerIsDeliveredOnlyWhenVerificationIsOff() {
        proxy.tamper(TamperingProxy.Tamper.replaceInBody(ORDER_TOTAL, ALTERED_TOTAL));

        Exchange exchange = call("umf:payment/create?responseVerification=OFF", order(), Map.of());

        assertThat(proxy.tampered()).isEqualTo(1);
        assertThat(exchange.getMessage().getBody(Payment.class).getOrder().getAmount().getTotal())
                .as("the forged amount went through unnoticed")
                .isEqualByComparingTo("900.00");
    }

    @Test
    void sandboxAnswerVerifiesByItsMetaSignOverTheResultValuesAlone() {
        Exchange created = call("umf:payment/create", order(), Map.of());

        assertThat(proxy.signatureHeadersFromTarget()).as("no Signature response header: meta.sign alone").isZero();
        assertThat(created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
        assertThat(context.getEndpoint("umf:payment/create", UmfEndpoint.class).getResponseSignatureForms())
                .as("the sandbox signs the result values (token answer and create): the first form matched")
                .matches("RESULT_VALUES=[12], FIRST_RESULT_VALUE=0, BODY_WITHOUT_META=0");
    }

    @Test
    void alteredAnswerIsRejectedByItsMetaSignUnderIfPresentToo() {
        proxy.tamper(TamperingProxy.Tamper.replaceInBody(ORDER_TOTAL, ALTERED_TOTAL));

        String order = order();
        Exchange exchange = send("umf:payment/create?responseVerification=IF_PRESENT", order, Map.of());

        assertThat(proxy.tampered()).isEqualTo(1);
        assertThat(exchange.getException()).isExactlyInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("payment/create")
                .hasMessageContaining("has a meta.sign that does not verify with the UMF public key over any of the"
                                      + " forms tried (RESULT_VALUES, FIRST_RESULT_VALUE, BODY_WITHOUT_META)");
        assertNotDelivered(exchange, order);
    }

    @Test
    void answerWithoutSignatureIsRejectedUnderStrict() {
        proxy.tamper(TamperingProxy.Tamper.dropAllSignatures());

        String order = order();
        Exchange exchange = send("umf:payment/create", order, Map.of());

        assertThat(exchange.getException()).isExactlyInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("payment/create")
                .hasMessageContaining("carries no signature (neither meta.sign nor a Signature header)")
                .hasMessageContaining("responseVerification=STRICT requires one");
        assertNotDelivered(exchange, order);
        assertThat(exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID)).as("payment id of the answer").isNull();
    }

    @Test
    void answerWithoutSignatureIsAcceptedUnderIfPresent() {
        proxy.tamper(TamperingProxy.Tamper.dropAllSignatures());

        Exchange exchange = call("umf:payment/create?responseVerification=IF_PRESENT", order(), Map.of());

        assertThat(proxy.tampered()).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
    }

    /** UMF sends no Signature response header; one added on the way (by a proxy, say) must still verify. */
    @Test
    void signatureHeaderThatIsNotBase64IsRejected() {
        proxy.tamper(TamperingProxy.Tamper.signature("this is *not* base64!"));

        String order = order();
        Exchange strict = send("umf:payment/create", order, Map.of());
        String otherOrder = order();
        Exchange ifPresent = send("umf:payment/create?responseVerification=IF_PRESENT", otherOrder, Map.of());

        assertThat(proxy.tampered()).isEqualTo(2);
        assertSignatureDoesNotVerify(strict, "payment/create", order);
        assertSignatureDoesNotVerify(ifPresent, "payment/create", otherOrder);
    }

    private static void assertSignatureDoesNotVerify(Exchange exchange, String operation, Object sentBody) {
        assertThat(exchange.getException()).isExactlyInstanceOf(UmfSignatureException.class)
                .hasMessageContaining(operation)
                .hasMessageContaining("does not verify with the UMF public key");
        assertNotDelivered(exchange, sentBody);
    }

    /** Nothing of the (forged) answer reached the exchange: no result headers, the body is still the one sent. */
    private static void assertNotDelivered(Exchange exchange, Object sentBody) {
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(UmfConstants.RET_CODE, UmfConstants.RET_MSG,
                UmfConstants.HTTP_STATUS, UmfConstants.STATE, UmfConstants.LINKS);
        assertThat(exchange.getMessage().getBody()).isEqualTo(sentBody);
        if (sentBody != null) {
            assertThat(exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID)).as("payment id of the answer").isNull();
        }
    }

    private String createPayment(String uri) {
        Exchange created = call(uri, order(), Map.of());
        return created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
    }

    private static String order() {
        return TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00");
    }
}

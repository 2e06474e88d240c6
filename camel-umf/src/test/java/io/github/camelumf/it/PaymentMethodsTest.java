package io.github.camelumf.it;

import java.util.Map;
import java.util.stream.Stream;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentState;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payment method of sections 2 and 4.3 that the buyer pays outside the API: the create answer carries what the
 * shop shows the buyer (QR code URL, WeChat pay_info, H5 URL, a UMF or bank page link), and once the buyer paid (the
 * sandbox control call) the payment reads TRADE_SUCCESS.
 */
class PaymentMethodsTest extends SandboxTestSupport {

    static Stream<Arguments> methods() {
        return Stream.of(
                Arguments.of("WECHAT_SCAN", "SERVER_TO_SERVER", "B2C", "qr_code_url"),
                Arguments.of("ALIPAY_SCAN", "SERVER_TO_SERVER", "B2C", "qr_code_url"),
                Arguments.of("WECHAT_IN_APP", "SERVER_TO_SERVER", "B2C", "pay_info"),
                Arguments.of("WECHAT_WEB", "SERVER_TO_SERVER", "B2C", "pay_info"),
                Arguments.of("WECHAT_H5", "SERVER_TO_SERVER", "B2C", "wechat_H5_url"),
                Arguments.of("NOT_APPLICABLE", "SERVER_TO_WEB", "B2C", "link"),
                Arguments.of("NOT_APPLICABLE", "SERVER_TO_H5WEB", "B2C", "link"),
                Arguments.of("NOT_APPLICABLE", "DIRECT_TO_BANK", "B2C", "link"),
                Arguments.of("NOT_APPLICABLE", "DIRECT_TO_BANK", "B2B", "link"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("methods")
    void paymentPaidOutsideTheApiShowsTheBuyerWhatToPayWithAndEndsInTradeSuccess(
            String method, String interfaceType, String businessType, String expected) {
        String body = TestOrders.payment(method, interfaceType, businessType, TestOrders.newReference(), "88.00", "USD");
        Exchange created = call("umf:payment/create", body, Map.of());

        Payment payment = created.getMessage().getBody(Payment.class);
        Map<?, ?> links = created.getMessage().getHeader(UmfConstants.LINKS, Map.class);
        String paymentId;
        if ("B2B".equals(businessType)) {
            // 4.3 answers neither id nor state: the payment id is in the self link
            assertThat(payment.getId()).isNull();
            assertThat(payment.getState()).isNull();
            String self = links.get("self").toString();
            paymentId = self.substring(self.lastIndexOf('/') + 1);
        } else {
            assertThat(payment.getState()).isEqualTo(PaymentState.WAIT_BUYER_PAY);
            paymentId = payment.getId();
        }
        String json = io.github.camelumf.model.UmfJson.toJson(payment);
        if ("link".equals(expected)) {
            assertThat(links.keySet()).as("links of %s", method).anySatisfy(ref -> assertThat(ref.toString())
                    .isNotEqualTo("self"));
        } else {
            assertThat(json).as("what the buyer pays with").contains("\"" + expected + "\"");
        }

        if ("WECHAT_WEB".equals(method)) {
            assertThat(SANDBOX.requests().stream().filter(r -> r.apiPath().equals("/payments/payment")).findFirst()
                    .orElseThrow().decryptedFields())
                    .containsEntry("payer.payer_info.wechat_in_app_web.citizen_id_number", TestOrders.CITIZEN_ID);
        }

        SANDBOX.completePayment(paymentId);

        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));
        assertThat(fetched.getMessage().getBody(Payment.class).getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
    }
}

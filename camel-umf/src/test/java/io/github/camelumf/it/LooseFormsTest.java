package io.github.camelumf.it;

import java.math.BigDecimal;
import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentWithRefundsResponse;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UMF echoes what the merchant sent in its loose forms (amounts "0.1" or JSON numbers, {@code expire_time} as the
 * minutes sent for wallet payments, a time for card payments) and answers queries with two decimals; the component
 * reads every form into the same typed values.
 */
class LooseFormsTest extends SandboxTestSupport {

    @Test
    void amountWithOneDecimalAndExpireMinutesAreEchoedAndReadAsSent() {
        String order = TestOrders.payment("WECHAT_WEB", TestOrders.newReference(), "0.1").replace("\"360\"", "\"1800\"");

        Exchange created = call("umf:payment/create", order, Map.of());

        Payment payment = created.getMessage().getBody(Payment.class);
        // the sandbox echoes the order as sent; the queries answer two decimals (3.9, 3.13)
        assertThat(lastSent()).contains("\"total\":\"0.1\"").contains("\"expire_time\":\"1800\"");
        assertThat(payment.getOrder().getAmount().getTotal()).isEqualByComparingTo("0.10");
        assertThat(payment.getOrder().getExpireTime()).isEqualTo("1800");
        Exchange queried = call("umf:payment/getWithRefunds", null,
                Map.of(UmfConstants.PAYMENT_ID, payment.getId()));
        Payment stored = queried.getMessage().getBody(PaymentWithRefundsResponse.class).getPayment();
        assertThat(stored.getOrder().getAmount().getTotal()).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(stored.getOrder().getExpireTime()).isEmpty();
    }

    @Test
    void amountSentAsAJsonNumberIsEchoedAsANumberAndRead() {
        String order = TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "0.2")
                .replace("\"total\":\"0.2\"", "\"total\":0.2");

        Exchange created = call("umf:payment/create", order, Map.of());

        assertThat(lastSent()).contains("\"total\":0.2");
        assertThat(created.getMessage().getBody(Payment.class).getOrder().getAmount().getTotal())
                .isEqualByComparingTo("0.20");
    }

    @Test
    void cardPaymentEchoesExpireTimeAsATime() {
        Exchange created = call("umf:payment/create",
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00"), Map.of());

        assertThat(created.getMessage().getBody(Payment.class).getOrder().getExpireTime())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0800");
    }

    /** The body of the last API call the component made, as the sandbox received it (and echoes it). */
    private static String lastSent() {
        RecordedRequest last = SANDBOX.requests().get(SANDBOX.requests().size() - 1);
        return last.bodyAsString();
    }
}

package io.github.camelumf.springboot;

import io.github.camelumf.error.UmfDeclinedException;
import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.sandbox.spring.AutoConfigureUmfSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code @AutoConfigureUmfSandbox} test of docs/sandbox.md, as the page shows it: a user's test with no
 * properties of its own, a sandbox bean and the application's notify URL.
 */
// tag::sandbox-spring-boot-test[]
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureUmfSandbox                 // a sandbox for the test context; camel.component.umf.* point at it
class CheckoutTest {
    @Autowired UmfSandbox sandbox;       // smsCode, faults, completeRefund, notifications ...
    @Value("${umf.sandbox.notify-url}") String notifyUrl;   // the application's own umf:notification URL
    @Autowired ProducerTemplate template;

    @Test
    void declinedCardPaymentRaisesUmfDeclinedException() {
        sandbox.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment").respondRetCode("00060550");

        Exchange created = template.request("direct:create", e -> e.getMessage().setBody(Orders.payment(notifyUrl)));

        assertThat(created.getException()).isInstanceOf(UmfDeclinedException.class);
    }
}
// end::sandbox-spring-boot-test[]

package io.github.camelumf.docs;

// tag::camel-test-support-class[]
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class QrCodePaymentRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        UmfConfiguration c = camel.getComponent("umf", UmfComponent.class).getConfiguration();
        c.setEnvironment(UmfEnvironment.SANDBOX);
        c.setBaseUrl(SANDBOX.baseUrl());
        c.setClientId(SANDBOX.clientId());
        c.setClientSecret(SANDBOX.clientSecret());
        c.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
        c.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        c.setResponseVerification(ResponseVerification.STRICT);
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:qr-checkout")
                    .to("umf:payment/create")                   // out: Payment, WAIT_BUYER_PAY
                    .log("show ${header.CamelUmfPaymentId} as a QR code to the buyer");
            }
        };
    }

    @Test
    void buyerScansTheQrCodeAndPays() {
        String reference = "QR-" + UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        // tag::map-body[]
        Map<String, Object> order = Map.of(                      // snake_case keys, as in the UMF reference
            "payer", Map.of("payment_method", "WECHAT_SCAN", "interface_type", "SERVER_TO_SERVER",
                "business_type", "B2C", "payer_info", Map.of("phone", "13552105741")),
            "order", Map.of("mer_reference_id", reference, "mer_date", today,
                "amount", Map.of("total", "25.00", "currency", "CNY"),
                "order_summary", "Tea", "expire_time", "360", "user_ip", "203.0.113.7",
                "sub_orders", List.of(Map.of("mer_sub_reference_id", reference, "trans_code", "01122030",
                    "amount", Map.of("total", "25.00", "currency", "CNY"), "is_customs", "FALSE",
                    "invoice_id", "INV-1", "items", List.of(Map.of("mer_item_id", "TEA-1", "type", "FOOD",
                        "name", "green tea", "quantity", "1", "description", "green tea",
                        "amount", Map.of("total", "25.00", "currency", "CNY")))))),
            "notify_url", "https://shop.example.com/umf/notify",
            "risk_info", Map.of("trans_type", "02"));

        Payment created = template.requestBody("direct:qr-checkout", order, Payment.class);
        String qrCodeUrl = created.getPayer().getPayerInfo().getQrCodeScan().getQrCodeUrl();
        // end::map-body[]
        assertEquals(PaymentState.WAIT_BUYER_PAY, created.getState());
        assertNotNull(qrCodeUrl);

        SANDBOX.completePayment(created.getId());                // the buyer scanned the code and paid

        Payment paid = template.requestBodyAndHeader("umf:payment/get", null,
                UmfConstants.PAYMENT_ID, created.getId(), Payment.class);
        assertEquals(PaymentState.TRADE_SUCCESS, paid.getState());
    }
}
// end::camel-test-support-class[]

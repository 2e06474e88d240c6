package io.github.camelumf.docs;

// tag::junit5-class[]
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.BankCard;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.Order;
import io.github.camelumf.model.Payer;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentExecuteRequest;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.PaymentVerifyRequest;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.RefundInfo;
import io.github.camelumf.model.RefundRequest;
import io.github.camelumf.model.RiskInfo;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CardPaymentJUnit5Test {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();   // a sandbox for this class

    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        UmfComponent umf = new UmfComponent();
        // tag::sandbox-configuration[]
        UmfConfiguration c = umf.getConfiguration();
        c.setEnvironment(UmfEnvironment.SANDBOX);
        c.setBaseUrl(SANDBOX.baseUrl());                               // http://127.0.0.1:<port>/cberest/v1
        c.setClientId(SANDBOX.clientId());
        c.setClientSecret(SANDBOX.clientSecret());
        c.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs1Pem());  // the sandbox made these keys
        c.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        c.setResponseVerification(ResponseVerification.STRICT);
        // end::sandbox-configuration[]
        camel.addComponent("umf", umf);
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void creditCardPaymentThenPartialRefund() {
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        String reference = "ORDER-" + UUID.randomUUID().toString().substring(0, 8);
        String cardNumber = "6222021234567890123";                     // the sandbox takes any well-formed card
        String cvv = "987";
        String name = "王小明";
        String idNumber = "110101199003071234";

        // tag::card-payment[]
        PaymentRequest order = new PaymentRequest()
            .payer(new Payer().paymentMethod(PaymentMethod.CREDIT_CARD).bankCode("BOC")
                .interfaceType(InterfaceType.SERVER_TO_SERVER).businessType(BusinessType.B2C)
                .payerInfo(new PayerInfo().phone("13552105741")))
            .order(new Order().merReferenceId(reference).merDate(today)
                .amount(Amount.of("100.00", "CNY")).orderSummary("Books").expireTime("360").userIp("203.0.113.7")
                .addSubOrder(new SubOrder().merSubReferenceId(reference + "-1").transCode("01122030")
                    .amount(Amount.of("100.00", "CNY")).isCustoms("FALSE").invoiceId("INV-1")
                    .addItem(new Item().merItemId("SKU-1").type("ELECTRONIC").name("e-reader").quantity("1")
                        .description("e-reader").amount(Amount.of("100.00", "CNY")))))
            .notifyUrl("https://shop.example.com/umf/notify")
            .riskInfo(new RiskInfo().transType("02"));

        Payment created = template.requestBody("umf:payment/create", order, Payment.class);   // WAIT_BUYER_PAY

        BankCard card = new BankCard().number(cardNumber).validDate("2812").cvv2(cvv).payerName(name)
            .citizenIdType("IDENTITY_CARD").citizenIdNumber(idNumber).phone("13552105741");
        Payer payer = new Payer().paymentMethod(PaymentMethod.CREDIT_CARD).bankCode("BOC")
            .payerInfo(new PayerInfo().bankCard(card));
        template.requestBodyAndHeader("umf:payment/verify", PaymentVerifyRequest.of(payer),
            UmfConstants.PAYMENT_ID, created.getId());                                          // UMF sends the SMS

        String codeTheBuyerTyped = SANDBOX.smsCode(created.getId());   // in a shop: what the buyer typed in
        card.verifyCode(codeTheBuyerTyped);
        Payment paid = template.requestBodyAndHeader("umf:payment/execute", PaymentExecuteRequest.of(payer),
            UmfConstants.PAYMENT_ID, created.getId(), Payment.class);                          // TRADE_SUCCESS
        // end::card-payment[]

        assertEquals(PaymentState.WAIT_BUYER_PAY, created.getState());
        assertEquals(PaymentState.TRADE_SUCCESS, paid.getState());
        String paymentId = created.getId();

        // tag::refund[]
        RefundRequest refund = new RefundRequest()
            .refundInfo(new RefundInfo().merReferenceId("R-" + reference).merDate(today)
                .amount(Amount.of("30.00", "CNY"))
                .addSubOrder(new SubOrder().merSubReferenceId(reference + "-1").transCode("01122030")
                    .amount(Amount.of("30.00", "CNY"))
                    .addItem(new Item().merItemId("SKU-1").type("ELECTRONIC").name("e-reader").quantity("1")
                        .description("e-reader").amount(Amount.of("30.00", "CNY")))))
            .notifyUrl("https://shop.example.com/umf/refund-notify");    // required by both refund operations
        Refund r = template.requestBodyAndHeader("umf:refund/create", refund,
            UmfConstants.PAYMENT_ID, paymentId, Refund.class);
        // end::refund[]

        assertEquals("30.00", r.getRefundInfo().getAmount().getTotal().toPlainString());
    }
}
// end::junit5-class[]

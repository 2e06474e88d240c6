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
            .withPayer(new Payer().withPaymentMethod(PaymentMethod.CREDIT_CARD).withBankCode("BOC")
                .withInterfaceType(InterfaceType.SERVER_TO_SERVER).withBusinessType(BusinessType.B2C)
                .withPayerInfo(new PayerInfo().withPhone("13552105741")))
            .withOrder(new Order().withMerReferenceId(reference).withMerDate(today)
                .withAmount(Amount.of("100.00", "CNY")).withOrderSummary("Books").withExpireTime("360")
                .withUserIp("203.0.113.7")
                .addSubOrder(new SubOrder().withMerSubReferenceId(reference + "-1").withTransCode("01122030")
                    .withAmount(Amount.of("100.00", "CNY")).withIsCustoms("FALSE").withInvoiceId("INV-1")
                    .addItem(new Item().withMerItemId("SKU-1").withType("ELECTRONIC").withName("e-reader")
                        .withQuantity("1").withDescription("e-reader").withAmount(Amount.of("100.00", "CNY")))))
            .withNotifyUrl("https://shop.example.com/umf/notify")
            .withRiskInfo(new RiskInfo().withTransType("02"));

        Payment created = template.requestBody("umf:payment/create", order, Payment.class);   // WAIT_BUYER_PAY

        BankCard card = new BankCard().withNumber(cardNumber).withValidDate("2812").withCvv2(cvv).withPayerName(name)
            .withCitizenIdType("IDENTITY_CARD").withCitizenIdNumber(idNumber).withPhone("13552105741");
        Payer payer = new Payer().withPaymentMethod(PaymentMethod.CREDIT_CARD).withBankCode("BOC")
            .withPayerInfo(new PayerInfo().withBankCard(card));
        template.requestBodyAndHeader("umf:payment/verify", PaymentVerifyRequest.of(payer),
            UmfConstants.PAYMENT_ID, created.getId());                                          // UMF sends the SMS

        String codeTheBuyerTyped = SANDBOX.smsCode(created.getId());   // in a shop: what the buyer typed in
        card.setVerifyCode(codeTheBuyerTyped);
        Payment paid = template.requestBodyAndHeader("umf:payment/execute", PaymentExecuteRequest.of(payer),
            UmfConstants.PAYMENT_ID, created.getId(), Payment.class);                          // TRADE_SUCCESS
        // end::card-payment[]

        assertEquals(PaymentState.WAIT_BUYER_PAY, created.getState());
        assertEquals(PaymentState.TRADE_SUCCESS, paid.getState());
        String paymentId = created.getId();

        // tag::refund[]
        RefundRequest refund = new RefundRequest()
            .withRefundInfo(new RefundInfo().withMerReferenceId("R-" + reference).withMerDate(today)
                .withAmount(Amount.of("30.00", "CNY"))
                .addSubOrder(new SubOrder().withMerSubReferenceId(reference + "-1").withTransCode("01122030")
                    .withAmount(Amount.of("30.00", "CNY"))
                    .addItem(new Item().withMerItemId("SKU-1").withType("ELECTRONIC").withName("e-reader")
                        .withQuantity("1").withDescription("e-reader").withAmount(Amount.of("30.00", "CNY")))))
            .withNotifyUrl("https://shop.example.com/umf/refund-notify");    // required by both refund operations
        Refund r = template.requestBodyAndHeader("umf:refund/create", refund,
            UmfConstants.PAYMENT_ID, paymentId, Refund.class);
        // end::refund[]

        assertEquals("30.00", r.getRefundInfo().getAmount().getTotal().toPlainString());
    }
}
// end::junit5-class[]

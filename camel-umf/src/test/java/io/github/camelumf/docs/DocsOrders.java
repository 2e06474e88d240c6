package io.github.camelumf.docs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.BankCard;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.Order;
import io.github.camelumf.model.Payer;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.RefundInfo;
import io.github.camelumf.model.RefundRequest;
import io.github.camelumf.model.RiskInfo;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.sandbox.UmfSandboxExtension;

/** Request bodies and the sandbox configuration for the documentation's examples (not shown in the docs). */
final class DocsOrders {

    private DocsOrders() {
    }

    static String newReference() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static String today() {
        return LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static void configureFor(UmfSandboxExtension sandbox, UmfConfiguration c) {
        c.setEnvironment(UmfEnvironment.SANDBOX);
        c.setBaseUrl(sandbox.baseUrl());
        c.setClientId(sandbox.clientId());
        c.setClientSecret(sandbox.clientSecret());
        c.setPrivateKey(sandbox.keys().merchantPrivateKeyPkcs1Pem());
        c.setUmfPublicKey(sandbox.keys().umfCertificatePem());
        c.setResponseVerification(ResponseVerification.STRICT);
    }

    static PaymentRequest payment(PaymentMethod method, InterfaceType interfaceType, BusinessType businessType,
                                  String reference, String notifyUrl) {
        Payer payer = new Payer().withPaymentMethod(method).withInterfaceType(interfaceType)
                .withBusinessType(businessType)
                .withPayerInfo(new PayerInfo().withPhone("13552105741"));
        if (method == PaymentMethod.CREDIT_CARD || method == PaymentMethod.DEBIT_CARD
            || interfaceType == InterfaceType.DIRECT_TO_BANK) {
            payer.setBankCode("BOC");
        }
        return new PaymentRequest().withPayer(payer)
                .withOrder(new Order().withMerReferenceId(reference).withMerDate(today())
                        .withAmount(Amount.of("100.00", "CNY"))
                        .withOrderSummary("Books").withExpireTime("360").withUserIp("203.0.113.7")
                        .addSubOrder(goods(reference, "100.00")))
                .withNotifyUrl(notifyUrl).withRiskInfo(new RiskInfo().withTransType("02"));
    }

    static Payer card(String verifyCode) {
        BankCard card = new BankCard().withNumber("6222021234567890123").withValidDate("2812").withCvv2("987")
                .withPayerName("王小明")
                .withCitizenIdType("IDENTITY_CARD").withCitizenIdNumber("110101199003071234").withPhone("13552105741")
                .withVerifyCode(verifyCode);
        return new Payer().withPaymentMethod(PaymentMethod.CREDIT_CARD).withBankCode("BOC")
                .withPayerInfo(new PayerInfo().withBankCard(card));
    }

    static RefundRequest refund(String paymentReference, String total, String notifyUrl) {
        return new RefundRequest()
                .withRefundInfo(new RefundInfo().withMerReferenceId("R" + newReference()).withMerDate(today())
                        .withAmount(Amount.of(total, "CNY")).addSubOrder(goods(paymentReference, total)))
                .withNotifyUrl(notifyUrl);
    }

    private static SubOrder goods(String reference, String total) {
        return new SubOrder().withMerSubReferenceId(reference).withTransCode("01122030")
                .withAmount(Amount.of(total, "CNY"))
                .withIsCustoms("FALSE").withInvoiceId("INV-1")
                .addItem(new Item().withMerItemId("SKU-1").withType("ELECTRONIC").withName("e-reader").withQuantity("1")
                        .withDescription("e-reader").withAmount(Amount.of(total, "CNY")));
    }
}

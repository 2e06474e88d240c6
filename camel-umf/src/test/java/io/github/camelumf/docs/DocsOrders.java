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
        Payer payer = new Payer().paymentMethod(method).interfaceType(interfaceType).businessType(businessType)
                .payerInfo(new PayerInfo().phone("13552105741"));
        if (method == PaymentMethod.CREDIT_CARD || method == PaymentMethod.DEBIT_CARD
            || interfaceType == InterfaceType.DIRECT_TO_BANK) {
            payer.bankCode("BOC");
        }
        return new PaymentRequest().payer(payer)
                .order(new Order().merReferenceId(reference).merDate(today()).amount(Amount.of("100.00", "CNY"))
                        .orderSummary("Books").expireTime("360").userIp("203.0.113.7")
                        .addSubOrder(goods(reference, "100.00")))
                .notifyUrl(notifyUrl).riskInfo(new RiskInfo().transType("02"));
    }

    static Payer card(String verifyCode) {
        BankCard card = new BankCard().number("6222021234567890123").validDate("2812").cvv2("987").payerName("王小明")
                .citizenIdType("IDENTITY_CARD").citizenIdNumber("110101199003071234").phone("13552105741")
                .verifyCode(verifyCode);
        return new Payer().paymentMethod(PaymentMethod.CREDIT_CARD).bankCode("BOC")
                .payerInfo(new PayerInfo().bankCard(card));
    }

    static RefundRequest refund(String paymentReference, String total, String notifyUrl) {
        return new RefundRequest()
                .refundInfo(new RefundInfo().merReferenceId("R" + newReference()).merDate(today())
                        .amount(Amount.of(total, "CNY")).addSubOrder(goods(paymentReference, total)))
                .notifyUrl(notifyUrl);
    }

    private static SubOrder goods(String reference, String total) {
        return new SubOrder().merSubReferenceId(reference).transCode("01122030").amount(Amount.of(total, "CNY"))
                .isCustoms("FALSE").invoiceId("INV-1")
                .addItem(new Item().merItemId("SKU-1").type("ELECTRONIC").name("e-reader").quantity("1")
                        .description("e-reader").amount(Amount.of(total, "CNY")));
    }
}

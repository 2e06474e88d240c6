package io.github.camelumf.example.springboot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

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

/** The typed UMF requests of the shop: a B2C card payment of one goods sub-order, the card payer, a refund of it. */
final class UmfRequests {

    private static final String GOODS_TRADE = "01122030";

    private UmfRequests() {
    }

    static PaymentRequest payment(CheckoutRequest checkout, String notifyUrl) {
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Payer payer = new Payer()
                .withPaymentMethod(PaymentMethod.valueOf(orDefault(checkout.paymentMethod(), "CREDIT_CARD")))
                .withBankCode(orDefault(checkout.bankCode(), "BOC"))
                .withInterfaceType(InterfaceType.SERVER_TO_SERVER).withBusinessType(BusinessType.B2C)
                .withPayerInfo(new PayerInfo().withPhone(checkout.phone()));
        return new PaymentRequest().withPayer(payer)
                .withOrder(new Order().withMerReferenceId(reference).withMerDate(today())
                        .withAmount(Amount.of(checkout.amount(), checkout.currency()))
                        .withOrderSummary("Camel UMF Spring Boot demo order").withExpireTime("360")
                        .withUserIp("127.0.0.1")
                        .addSubOrder(goods(subReference(reference), checkout.amount(), checkout.currency(), 1)))
                .withNotifyUrl(notifyUrl)
                .withRiskInfo(new RiskInfo().withTransType("02"));
    }

    static Payer cardPayer(String paymentMethod, String bankCode, CardDetails card) {
        BankCard bankCard = new BankCard().withNumber(card.number()).withValidDate(card.validDate())
                .withPayerName(card.payerName())
                .withCitizenIdType(orDefault(card.citizenIdType(), "IDENTITY_CARD"))
                .withCitizenIdNumber(card.citizenIdNumber())
                .withPhone(card.phone()).withVerifyCode(card.verifyCode());
        if (card.cvv2() != null && !card.cvv2().isBlank()) {
            bankCard.withCvv2(card.cvv2());
        }
        return new Payer().withPaymentMethod(PaymentMethod.valueOf(paymentMethod)).withBankCode(bankCode)
                .withPayerInfo(new PayerInfo().withBankCard(bankCard));
    }

    static RefundRequest refund(ShopOrder order, String amount, String notifyUrl) {
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return new RefundRequest()
                .withRefundInfo(new RefundInfo().withMerReferenceId(reference).withMerDate(today())
                        .withAmount(Amount.of(amount, order.getCurrency()))
                        .addSubOrder(goods(subReference(order.getMerReferenceId()), amount, order.getCurrency(), 1)))
                .withNotifyUrl(notifyUrl);
    }

    private static SubOrder goods(String subReference, String amount, String currency, int quantity) {
        return new SubOrder().withMerSubReferenceId(subReference).withTransCode(GOODS_TRADE)
                .withAmount(Amount.of(amount, currency))
                .withCustoms(false).withInvoiceId("INV0001")
                .addItem(new Item().withMerItemId("ITEM0001").withType("FOOD").withName("banana").withQuantity(quantity)
                        .withDescription("banana").withAmount(Amount.of(amount, currency)));
    }

    private static String subReference(String reference) {
        return reference.substring(0, 16);
    }

    private static String today() {
        return LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}

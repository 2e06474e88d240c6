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
        Payer payer = new Payer().paymentMethod(PaymentMethod.valueOf(orDefault(checkout.paymentMethod(), "CREDIT_CARD")))
                .bankCode(orDefault(checkout.bankCode(), "BOC"))
                .interfaceType(InterfaceType.SERVER_TO_SERVER).businessType(BusinessType.B2C)
                .payerInfo(new PayerInfo().phone(checkout.phone()));
        return new PaymentRequest().payer(payer)
                .order(new Order().merReferenceId(reference).merDate(today())
                        .amount(Amount.of(checkout.amount(), checkout.currency()))
                        .orderSummary("Camel UMF Spring Boot demo order").expireTime("360").userIp("127.0.0.1")
                        .addSubOrder(goods(subReference(reference), checkout.amount(), checkout.currency(), 1)))
                .notifyUrl(notifyUrl)
                .riskInfo(new RiskInfo().transType("02"));
    }

    static Payer cardPayer(String paymentMethod, String bankCode, CardDetails card) {
        BankCard bankCard = new BankCard().number(card.number()).validDate(card.validDate()).payerName(card.payerName())
                .citizenIdType(orDefault(card.citizenIdType(), "IDENTITY_CARD")).citizenIdNumber(card.citizenIdNumber())
                .phone(card.phone()).verifyCode(card.verifyCode());
        if (card.cvv2() != null && !card.cvv2().isBlank()) {
            bankCard.cvv2(card.cvv2());
        }
        return new Payer().paymentMethod(PaymentMethod.valueOf(paymentMethod)).bankCode(bankCode)
                .payerInfo(new PayerInfo().bankCard(bankCard));
    }

    static RefundRequest refund(ShopOrder order, String amount, String notifyUrl) {
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return new RefundRequest()
                .refundInfo(new RefundInfo().merReferenceId(reference).merDate(today())
                        .amount(Amount.of(amount, order.getCurrency()))
                        .addSubOrder(goods(subReference(order.getMerReferenceId()), amount, order.getCurrency(), 1)))
                .notifyUrl(notifyUrl);
    }

    private static SubOrder goods(String subReference, String amount, String currency, int quantity) {
        return new SubOrder().merSubReferenceId(subReference).transCode(GOODS_TRADE).amount(Amount.of(amount, currency))
                .customs(false).invoiceId("INV0001")
                .addItem(new Item().merItemId("ITEM0001").type("FOOD").name("banana").quantity(quantity)
                        .description("banana").amount(Amount.of(amount, currency)));
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

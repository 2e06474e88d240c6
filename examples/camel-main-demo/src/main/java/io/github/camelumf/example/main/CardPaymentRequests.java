package io.github.camelumf.example.main;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.github.camelumf.model.Amount;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.Order;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentExecuteRequest;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.PaymentVerifyRequest;
import io.github.camelumf.model.RefundInfo;
import io.github.camelumf.model.RefundRequest;
import io.github.camelumf.model.RiskInfo;
import io.github.camelumf.model.SubOrder;

/**
 * Builds the typed request bodies of the demo: a B2C server-to-server card payment of one goods sub-order, the
 * verify and execute bodies with the card, and a partial refund of that sub-order.
 */
public final class CardPaymentRequests {

    private static final String GOODS_TRADE = "01122030";
    private static final DateTimeFormatter MER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final DemoCard card;
    private final Amount paymentAmount;
    private final Amount refundAmount;
    private final String notifyUrl;

    /**
     * @param card          the card to pay with
     * @param paymentAmount the amount to charge, for example 100.00
     * @param refundAmount  the amount to refund afterwards, for example 30.00
     * @param currency      the ISO-4217 currency of both
     * @param notifyUrl     where UMF posts payment and refund results
     */
    public CardPaymentRequests(DemoCard card, String paymentAmount, String refundAmount, String currency,
                               String notifyUrl) {
        this.card = card;
        this.paymentAmount = Amount.of(paymentAmount, currency);
        this.refundAmount = Amount.of(refundAmount, currency);
        this.notifyUrl = notifyUrl;
    }

    /** The payment/create body: a new order with a fresh merchant reference. */
    public PaymentRequest payment() {
        String reference = newReference();
        return new PaymentRequest()
                .withPayer(card.createPayer())
                .withOrder(new Order().withMerReferenceId(reference).withMerDate(today())
                        .withAmount(copy(paymentAmount))
                        .withOrderSummary("Camel UMF demo order").withExpireTime("360").withUserIp("127.0.0.1")
                        .addSubOrder(goods(reference.substring(0, 16), paymentAmount, 2)))
                .withNotifyUrl(notifyUrl)
                .withRiskInfo(new RiskInfo().withTransType("02"));
    }

    /** The payment/verify body: the card, so that UMF sends the SMS code to the card holder. */
    public PaymentVerifyRequest verify() {
        return PaymentVerifyRequest.of(card.cardPayer(null));
    }

    /** The payment/execute body: the card and the SMS code the payer received. */
    public PaymentExecuteRequest execute(String smsCode) {
        return PaymentExecuteRequest.of(card.cardPayer(smsCode));
    }

    /** The refund/async body: a partial refund of the first sub-order of the (paid) payment. */
    public RefundRequest partialRefund(Payment payment) {
        if (payment == null || payment.getOrder() == null || payment.getOrder().getSubOrders() == null
            || payment.getOrder().getSubOrders().isEmpty()) {
            throw new IllegalArgumentException("partialRefund needs the payment with its sub-orders (payment/getWithRefunds)");
        }
        SubOrder paid = payment.getOrder().getSubOrders().get(0);
        return new RefundRequest()
                .withRefundInfo(new RefundInfo().withMerReferenceId(newReference()).withMerDate(today())
                        .withAmount(copy(refundAmount))
                        .addSubOrder(goods(paid.getMerSubReferenceId(), refundAmount, 1)))
                .withNotifyUrl(notifyUrl);
    }

    private static SubOrder goods(String subReference, Amount amount, int quantity) {
        return new SubOrder().withMerSubReferenceId(subReference).withTransCode(GOODS_TRADE).withAmount(copy(amount))
                .withCustoms(false).withInvoiceId("INV0001")
                .addItem(new Item().withMerItemId("ITEM0001").withType("FOOD").withName("banana").withQuantity(quantity)
                        .withDescription("banana").withAmount(copy(amount)));
    }

    private static Amount copy(Amount amount) {
        return Amount.of(amount.getTotal(), amount.getCurrency());
    }

    private static String newReference() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private static String today() {
        return LocalDate.now().format(MER_DATE);
    }

    @Override
    public String toString() {
        return "CardPaymentRequests[" + card + ", payment " + paymentAmount.getTotal() + " "
               + paymentAmount.getCurrency() + ", refund " + refundAmount.getTotal() + "]";
    }
}

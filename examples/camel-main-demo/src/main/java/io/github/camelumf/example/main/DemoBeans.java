package io.github.camelumf.example.main;

import java.time.Duration;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * The beans the YAML routes call, built from the {@code demo.*} properties.
 */
public class DemoBeans implements CamelConfiguration {

    /** The request bodies of the card payment and its refund ({@code cardPayments} in the routes). */
    @BindToRegistry("cardPayments")
    public CardPaymentRequests cardPayments(CamelContext camelContext,
                                            @PropertyInject("demo.card") String card,
                                            @PropertyInject("demo.payment.amount") String paymentAmount,
                                            @PropertyInject("demo.refund.amount") String refundAmount,
                                            @PropertyInject("demo.currency") String currency,
                                            @PropertyInject("demo.notify-url") String notifyUrl) {
        return new CardPaymentRequests(DemoCard.load(camelContext, card), paymentAmount, refundAmount, currency,
                notifyUrl);
    }

    /** The bounded waits for UMF's notifications ({@code notificationWaits} in the routes). */
    @BindToRegistry("notificationWaits")
    public NotificationWaits notificationWaits(CamelContext camelContext,
                                               @PropertyInject(value = "demo.notify.timeout", defaultValue = "10000")
                                               long timeoutMillis,
                                               @PropertyInject("demo.notify-url") String notifyUrl) {
        DemoJournal journal = camelContext.getRegistry().lookupByNameAndType("demoJournal", DemoJournal.class);
        return new NotificationWaits(journal, Duration.ofMillis(timeoutMillis), notifyUrl);
    }
}

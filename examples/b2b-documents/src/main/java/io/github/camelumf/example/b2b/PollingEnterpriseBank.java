package io.github.camelumf.example.b2b;

import java.time.Duration;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.PaymentState;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Against UMF: reads the payment ({@code umf:payment/get}) every {@code interval} until it left WAIT_BUYER_PAY (the
 * enterprise paid on its bank page, or UMF closed the payment), for at most {@code timeout}. A route that should not
 * hold a thread that long starts the upload from UMF's payment notification instead (README.md).
 */
public final class PollingEnterpriseBank implements EnterpriseBank {

    private final Duration interval;
    private final Duration timeout;

    public PollingEnterpriseBank(Duration interval, Duration timeout) {
        this.interval = interval;
        this.timeout = timeout;
    }

    @Override
    public void awaitPayment(Exchange exchange) throws InterruptedException {
        String paymentId = exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        ProducerTemplate template = exchange.getContext().createProducerTemplate();
        try {
            while (true) {
                Exchange read = template.request("umf:payment/get",
                        e -> e.getMessage().setHeader(UmfConstants.PAYMENT_ID, paymentId));
                if (read.getException() == null && !PaymentState.WAIT_BUYER_PAY.name()
                        .equals(read.getMessage().getHeader(UmfConstants.STATE, String.class))) {
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("payment " + paymentId + " was not paid within " + timeout);
                }
                Thread.sleep(interval.toMillis());
            }
        } finally {
            try {
                template.close();
            } catch (java.io.IOException ignored) {
                // nothing held
            }
        }
    }
}

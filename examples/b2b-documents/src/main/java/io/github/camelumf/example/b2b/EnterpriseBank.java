package io.github.camelumf.example.b2b;

import org.apache.camel.Exchange;

/**
 * Where the enterprise pays a B2B payment (reference 2.15): on its business e-bank page, the {@code link} that
 * payment/create answers, outside the API. The route waits here until the payment is paid; afterwards it reads the
 * payment back and uploads the documents only if it is TRADE_SUCCESS (4.4: "after the success of payment").
 */
public interface EnterpriseBank {

    /**
     * Returns once the enterprise paid the payment named by the header {@code CamelUmfPaymentId} (or UMF closed it),
     * or throws when it did not happen in time.
     */
    void awaitPayment(Exchange exchange) throws Exception;
}

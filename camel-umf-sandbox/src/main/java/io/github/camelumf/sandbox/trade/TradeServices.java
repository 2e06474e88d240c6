package io.github.camelumf.sandbox.trade;

import java.time.Clock;
import java.util.function.Supplier;

/** The trade flows' services, built together: enterprises, payees, outward payments, tuition, uploaded files. */
public record TradeServices(EnterpriseService enterprises, PayeeRegistry payees, OutwardPaymentService outward,
                            TuitionService tuition, FileStore files) {

    /** The services of one sandbox, with its clock and base URL. */
    public static TradeServices create(Clock clock, Supplier<String> baseUrl) {
        TradeLinks links = new TradeLinks(baseUrl);
        EnterpriseService enterprises = new EnterpriseService(clock, links);
        PayeeRegistry payees = new PayeeRegistry();
        TuitionService tuition = new TuitionService(clock, links);
        return new TradeServices(enterprises, payees, new OutwardPaymentService(clock, links, payees, enterprises),
                tuition, new FileStore(clock, tuition));
    }
}

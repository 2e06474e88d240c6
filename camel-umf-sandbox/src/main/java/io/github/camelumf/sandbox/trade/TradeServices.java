package io.github.camelumf.sandbox.trade;

import java.time.Clock;
import java.util.function.Supplier;

/** The trade flows' services, built together: enterprises, payees, outward payments and tuition. */
public record TradeServices(EnterpriseService enterprises, PayeeRegistry payees, OutwardPaymentService outward,
                            TuitionService tuition) {

    /** The services of one sandbox, with its clock and base URL. */
    public static TradeServices create(Clock clock, Supplier<String> baseUrl) {
        TradeLinks links = new TradeLinks(baseUrl);
        EnterpriseService enterprises = new EnterpriseService(clock, links);
        PayeeRegistry payees = new PayeeRegistry();
        return new TradeServices(enterprises, payees, new OutwardPaymentService(clock, links, payees, enterprises),
                new TuitionService(clock, links));
    }
}

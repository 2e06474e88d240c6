package io.github.camelumf.example.b2b;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.sandbox.UmfSandbox;
import org.apache.camel.Exchange;

/**
 * Demo mode: the enterprise's treasurer pays at once on the sandbox's bank page (the sandbox's control call that a
 * test would make), so the payment is TRADE_SUCCESS when the route reads it back.
 */
public final class SandboxEnterpriseBank implements EnterpriseBank {

    private final UmfSandbox sandbox;

    public SandboxEnterpriseBank(UmfSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void awaitPayment(Exchange exchange) {
        sandbox.completePayment(exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class));
    }
}

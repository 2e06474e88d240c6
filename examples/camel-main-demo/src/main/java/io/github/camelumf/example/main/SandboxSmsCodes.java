package io.github.camelumf.example.main;

import io.github.camelumf.sandbox.UmfSandbox;

/**
 * The SMS codes of the embedded sandbox: it "sends" no SMS, it tells the code it expects. Stands in for the customer
 * typing the code they received.
 */
public final class SandboxSmsCodes implements SmsCodes {

    private final UmfSandbox sandbox;

    public SandboxSmsCodes(UmfSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String codeFor(String paymentId) {
        return sandbox.smsCode(paymentId);
    }

    @Override
    public String toString() {
        return "SandboxSmsCodes";
    }
}

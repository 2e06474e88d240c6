package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * JUnit 5 extension running a {@link UmfSandbox}:
 * <pre>
 * &#64;RegisterExtension
 * static UmfSandboxExtension sandbox = UmfSandboxExtension.create(b -&gt; b.tokenExpiresIn(Duration.ofMinutes(5)));
 * </pre>
 * On a static field the sandbox starts before all tests and stops after all; on an instance field it starts and
 * stops around each test. Before each test {@link UmfSandbox#reset()} clears faults, recorded requests and notification
 * state (recorded deliveries, controls, pending notifications). The sandbox (and its keys)
 * exists from the first use, so keys can be read before the server starts. Test methods may also declare a
 * {@link UmfSandbox} parameter.
 */
public final class UmfSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Consumer<UmfSandbox.Builder> customiser;
    private UmfSandbox sandbox;
    private boolean perClass;
    private boolean perMethod;

    private UmfSandboxExtension(Consumer<UmfSandbox.Builder> customiser) {
        this.customiser = customiser;
    }

    /** A sandbox with default settings. */
    public static UmfSandboxExtension create() {
        return new UmfSandboxExtension(builder -> { });
    }

    /** A sandbox configured by {@code customiser}. */
    public static UmfSandboxExtension create(Consumer<UmfSandbox.Builder> customiser) {
        return new UmfSandboxExtension(customiser);
    }

    /** The sandbox (built on first use). */
    public synchronized UmfSandbox sandbox() {
        if (sandbox == null) {
            UmfSandbox.Builder builder = UmfSandbox.builder();
            customiser.accept(builder);
            sandbox = builder.build();
        }
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox().start();
        perClass = true;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass) {
            sandbox().stop();
            perClass = false;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!sandbox().isRunning()) {
            sandbox().start();
            perMethod = true;
        }
        sandbox().reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perMethod) {
            sandbox().stop();
            perMethod = false;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == UmfSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox();
    }

    /** @see UmfSandbox#baseUrl() */
    public String baseUrl() {
        return sandbox().baseUrl();
    }

    /** @see UmfSandbox#port() */
    public int port() {
        return sandbox().port();
    }

    /** @see UmfSandbox#controlUrl() */
    public String controlUrl() {
        return sandbox().controlUrl();
    }

    public String clientId() {
        return sandbox().clientId();
    }

    public String clientSecret() {
        return sandbox().clientSecret();
    }

    public SandboxKeys keys() {
        return sandbox().keys();
    }

    public String smsCode(String paymentId) {
        return sandbox().smsCode(paymentId);
    }

    /** The SMS code the sandbox "sent" to bind a card of this customer (bind/get_smscode), or {@code null}. */
    public String bindingSmsCode(String externalCustomerId) {
        return sandbox().bindingSmsCode(externalCustomerId);
    }

    public void completePayment(String paymentId) {
        sandbox().completePayment(paymentId);
    }

    public void failPayment(String paymentId) {
        sandbox().failPayment(paymentId);
    }

    public void expirePayment(String paymentId) {
        sandbox().expirePayment(paymentId);
    }

    public void completeRefund(String refundId) {
        sandbox().completeRefund(refundId);
    }

    public void failRefund(String refundId) {
        sandbox().failRefund(refundId);
    }

    public NotificationDelivery sendPaymentNotification(String paymentId) {
        return sandbox().sendPaymentNotification(paymentId);
    }

    public NotificationDelivery sendRefundNotification(String refundId) {
        return sandbox().sendRefundNotification(refundId);
    }

    public NotificationDelivery sendCustomsNotification(String declarationId) {
        return sandbox().sendCustomsNotification(declarationId);
    }

    public void completeDeclaration(String declarationId) {
        sandbox().completeDeclaration(declarationId);
    }

    public void failDeclaration(String declarationId) {
        sandbox().failDeclaration(declarationId);
    }

    /** @see UmfSandbox#declarationId(String, boolean) */
    public String declarationId(String merSubReferenceId, boolean ciq) {
        return sandbox().declarationId(merSubReferenceId, ciq);
    }

    public JsonNode declaration(String declarationId) {
        return sandbox().declaration(declarationId);
    }

    /** @see UmfSandbox#notifications() */
    public SandboxNotifications notifications() {
        return sandbox().notifications();
    }

    public void disableCurrentToken() {
        sandbox().disableCurrentToken();
    }

    public int tokensIssued() {
        return sandbox().tokensIssued();
    }

    public void advanceClock(Duration amount) {
        sandbox().advanceClock(amount);
    }

    public SandboxFaults faults() {
        return sandbox().faults();
    }

    /** See {@link UmfSandbox#tls()}. */
    public SandboxTls tls() {
        return sandbox().tls();
    }

    /** See {@link UmfSandbox#behaviour()}; restored to the builder's values before each test. */
    public SandboxBehaviour behaviour() {
        return sandbox().behaviour();
    }

    public List<RecordedRequest> requests() {
        return sandbox().requests();
    }

    public void clearRequests() {
        sandbox().clearRequests();
    }

    public JsonNode payment(String paymentId) {
        return sandbox().payment(paymentId);
    }

    public JsonNode refund(String refundId) {
        return sandbox().refund(refundId);
    }

    @Override
    public String toString() {
        return "UmfSandboxExtension[" + (sandbox == null ? "not built" : sandbox.toString()) + "]";
    }
}

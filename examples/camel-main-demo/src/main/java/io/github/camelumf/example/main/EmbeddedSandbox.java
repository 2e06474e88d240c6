package io.github.camelumf.example.main;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import io.github.camelumf.sandbox.UmfSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the UMF sandbox inside the demo when {@code demo.sandbox.embedded=true} (the default), before Camel
 * configures the {@code umf} component, and points the component at it: base URL, client id and secret and the key
 * pair the sandbox generated become override properties, so they win over {@code application.properties} (but
 * not over explicit {@code Main.addOverrideProperty} values). UMF's certificate is also what {@code umf:notification}
 * verifies the notifications with; the sandbox posts them by itself to loopback {@code notify_url}s, signed, and
 * delivers again until acknowledged. Binds the {@link SmsCodes} the route reads: the sandbox's codes, or the console
 * when running against UMF. Stops the sandbox after Camel stopped.
 */
public final class EmbeddedSandbox extends MainListenerSupport implements AutoCloseable {

    /** The property that switches the embedded sandbox on (true) or off (false: talk to a real UMF environment). */
    public static final String EMBEDDED = "demo.sandbox.embedded";
    /** How long after refund/async the sandbox completes the refund by itself. */
    static final Duration ASYNC_REFUND_COMPLETES_AFTER = Duration.ofMillis(200);
    /** How long the sandbox waits before delivering a notification again that was not acknowledged (doubling). */
    static final Duration NOTIFICATION_INITIAL_BACKOFF = Duration.ofMillis(100);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandbox.class);

    private volatile UmfSandbox sandbox;

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        CamelContext camelContext = main.getCamelContext();
        PropertiesComponent properties = camelContext.getPropertiesComponent();
        boolean embedded = Boolean.parseBoolean(properties.resolveProperty(EMBEDDED).orElse("true").trim());
        if (!embedded) {
            LOG.info("{}=false: the umf component talks to the environment configured in camel.component.umf.*",
                    EMBEDDED);
            camelContext.getRegistry().bind("smsCodes", new ConsoleSmsCodes());
            return;
        }
        UmfSandbox started = UmfSandbox.builder()
                .asyncRefundAutoComplete(ASYNC_REFUND_COMPLETES_AFTER)
                .notificationInitialBackoff(NOTIFICATION_INITIAL_BACKOFF)
                .build().start();
        sandbox = started;
        Properties explicit = main.getOverrideProperties() == null ? new Properties() : main.getOverrideProperties();
        Map<String, String> supplied = new LinkedHashMap<>();
        supplied.put("camel.component.umf.environment", "SANDBOX");
        supplied.put("camel.component.umf.baseUrl", started.baseUrl());
        supplied.put("camel.component.umf.clientId", started.clientId());
        supplied.put("camel.component.umf.clientSecret", started.clientSecret());
        supplied.put("camel.component.umf.privateKey", started.keys().merchantPrivateKeyPkcs1Pem());
        supplied.put("camel.component.umf.umfPublicKey", started.keys().umfCertificatePem());
        supplied.forEach((key, value) -> {
            if (explicit.getProperty(key) == null) { // explicit overrides (main.addOverrideProperty) still win
                properties.addOverrideProperty(key, value);
            }
        });
        camelContext.getRegistry().bind("smsCodes", new SandboxSmsCodes(started));
        LOG.info("Embedded UMF sandbox started at {}", started.baseUrl());
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        close();
    }

    /** The running embedded sandbox, or {@code null}. */
    public UmfSandbox sandbox() {
        return sandbox;
    }

    /** Stops the sandbox if it runs; safe to call more than once. */
    @Override
    public void close() {
        UmfSandbox running = sandbox;
        sandbox = null;
        if (running != null) {
            running.stop();
            LOG.info("Embedded UMF sandbox stopped");
        }
    }
}

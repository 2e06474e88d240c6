package io.github.camelumf.example.main;

import java.time.Duration;
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
 * not over explicit {@code Main.addOverrideProperty} values). Binds
 * the {@link SmsCodes} the route reads: the sandbox's codes, or the console when running against UMF. Stops the
 * sandbox after Camel stopped.
 */
public final class EmbeddedSandbox extends MainListenerSupport implements AutoCloseable {

    /** The property that switches the embedded sandbox on (true) or off (false: talk to a real UMF environment). */
    public static final String EMBEDDED = "demo.sandbox.embedded";
    /** How long after refund/async the sandbox completes the refund by itself. */
    static final Duration ASYNC_REFUND_COMPLETES_AFTER = Duration.ofMillis(200);

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
        UmfSandbox started = UmfSandbox.builder().asyncRefundAutoComplete(ASYNC_REFUND_COMPLETES_AFTER).build().start();
        sandbox = started;
        Properties overrides = new Properties();
        overrides.setProperty("camel.component.umf.environment", "SANDBOX");
        overrides.setProperty("camel.component.umf.baseUrl", started.baseUrl());
        overrides.setProperty("camel.component.umf.clientId", started.clientId());
        overrides.setProperty("camel.component.umf.clientSecret", started.clientSecret());
        overrides.setProperty("camel.component.umf.privateKey", started.keys().merchantPrivateKeyPkcs1Pem());
        overrides.setProperty("camel.component.umf.umfPublicKey", started.keys().umfCertificatePem());
        if (main.getOverrideProperties() != null) {
            overrides.putAll(main.getOverrideProperties()); // explicit overrides (main.addOverrideProperty) still win
        }
        properties.setOverrideProperties(overrides);
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

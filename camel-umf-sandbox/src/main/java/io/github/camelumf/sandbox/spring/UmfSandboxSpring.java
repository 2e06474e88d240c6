package io.github.camelumf.sandbox.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.camelumf.sandbox.UmfSandbox;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts a sandbox for a Spring application context: registers it as the bean {@value #BEAN}, adds the
 * {@code camel.component.umf.*} properties that point the umf component at it, and stops it when the context closes.
 * The properties come before system properties, environment variables and the application's configuration files (so
 * an application.properties written for UAT still talks to the sandbox), after a test's own properties (so a test may
 * override one, for example a wrong client secret).
 */
public final class UmfSandboxSpring {

    /** The bean name of the sandbox. */
    public static final String BEAN = "umfSandbox";
    /** The property source's name. */
    public static final String PROPERTY_SOURCE = "umfSandbox";
    /** The URL of the application's umf:notification endpoint, for notify_url. */
    public static final String NOTIFY_URL = "umf.sandbox.notify-url";

    private UmfSandboxSpring() {
    }

    /** Starts a sandbox with the defaults and installs it in the context (before its refresh). */
    public static UmfSandbox install(ConfigurableApplicationContext context) {
        return install(context, builder -> { });
    }

    /** Starts a sandbox configured by {@code customiser} and installs it in the context (before its refresh). */
    public static UmfSandbox install(ConfigurableApplicationContext context, Consumer<UmfSandbox.Builder> customiser) {
        UmfSandbox.Builder builder = UmfSandbox.builder();
        customiser.accept(builder);
        UmfSandbox sandbox = builder.build().start();
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, properties(sandbox));
        if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addBefore(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
        context.getBeanFactory().registerSingleton(BEAN, sandbox);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                sandbox.close();
            }
        });
        return sandbox;
    }

    /** The properties that point the umf component of a Spring Boot application at the sandbox. */
    public static Map<String, Object> properties(UmfSandbox sandbox) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("camel.component.umf.environment", "SANDBOX");
        properties.put("camel.component.umf.base-url", sandbox.baseUrl());
        properties.put("camel.component.umf.client-id", sandbox.clientId());
        properties.put("camel.component.umf.client-secret", sandbox.clientSecret());
        properties.put("camel.component.umf.private-key", sandbox.keys().merchantPrivateKeyPkcs8Pem());
        properties.put("camel.component.umf.umf-public-key", sandbox.keys().umfCertificatePem());
        properties.put("camel.component.umf.response-verification", "STRICT");
        properties.put(NOTIFY_URL, "http://127.0.0.1:${local.server.port:${server.port:8080}}"
                                   + "${server.servlet.context-path:}${camel.component.umf.path:/umf/notifications}");
        return properties;
    }
}

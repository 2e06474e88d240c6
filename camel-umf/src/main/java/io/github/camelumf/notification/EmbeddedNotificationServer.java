package io.github.camelumf.notification;

import io.github.camelumf.error.UmfConfigurationException;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * Starts the Vert.x platform HTTP server for umf:notification when the application has none (option {@code port}).
 * Only this class touches camel-platform-http-vertx, an optional dependency: without it on the classpath the option
 * fails with a message that says what to add.
 */
public final class EmbeddedNotificationServer {

    private EmbeddedNotificationServer() {
    }

    public static synchronized void ensure(CamelContext camelContext, String bindHost, int port, int maxBodySize)
            throws Exception {
        try {
            if (camelContext.hasService(VertxPlatformHttpServer.class) != null) {
                return;
            }
            VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
            configuration.setBindHost(bindHost);
            configuration.setBindPort(port);
            configuration.setMaxBodySize((long) maxBodySize);
            camelContext.addService(new VertxPlatformHttpServer(configuration), true, true);
        } catch (NoClassDefFoundError e) {
            throw new UmfConfigurationException("port",
                    "starting an HTTP server for umf:notification needs org.apache.camel:camel-platform-http-vertx"
                                                        + " on the classpath (or leave port at 0 and use the application's server)");
        }
    }
}

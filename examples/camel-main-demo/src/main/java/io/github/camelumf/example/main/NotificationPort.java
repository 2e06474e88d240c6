package io.github.camelumf.example.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the port of the HTTP server on which {@code umf:notification} receives UMF's notifications, before Camel
 * creates the routes: {@code demo.notify.port}, or, when it is 0 (the default), a port that is free at start. The
 * chosen port becomes the override property {@code demo.notify.port}, so that the route's {@code port} option and
 * {@code demo.notify-url} (by default {@code http://127.0.0.1:{{demo.notify.port}}{{demo.notify.path}}}) agree.
 */
public final class NotificationPort extends MainListenerSupport {

    /** The property naming the port; 0 picks a free one. */
    public static final String PORT = "demo.notify.port";

    private static final Logger LOG = LoggerFactory.getLogger(NotificationPort.class);

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = main.getCamelContext().getPropertiesComponent();
        String configured = properties.resolveProperty(PORT).orElse("0").trim();
        int port;
        try {
            port = Integer.parseInt(configured);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port number (0: any free port), not " + configured);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(PORT + " must be between 0 and 65535, not " + port);
        }
        if (port == 0) {
            port = freePort();
            properties.addOverrideProperty(PORT, Integer.toString(port));
        }
        LOG.info("umf:notification receives UMF's notifications on port {}: notify_url {}", port,
                properties.resolveProperty("demo.notify-url").orElse("(demo.notify-url not set)"));
    }

    /** A port nothing listens on right now (the HTTP server binds it a moment later). */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(0));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port for " + PORT, e);
        }
    }
}

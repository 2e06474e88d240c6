package io.github.camelumf.it;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.function.Consumer;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Camel context whose {@code umf} component talks to a {@link HostileServer} instead of the sandbox. The sandbox
 * extension only lends its keys: the UMF key pair signs what a test wants signed.
 */
abstract class HostileUmfTestSupport {

    @RegisterExtension
    static final UmfSandboxExtension KEYS = UmfSandboxExtension.create();

    protected HostileServer server;
    protected CamelContext context;

    @BeforeEach
    void startServer() throws Exception {
        server = HostileServer.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        server.close();
    }

    /** Starts Camel with the hostile server's URL, the sandbox's keys, and {@code more} on top. */
    protected void startCamel(Consumer<UmfConfiguration> more) {
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        UmfConfiguration c = component.getConfiguration();
        c.setBaseUrl(server.baseUrl());
        c.setClientId("hostile-client");
        c.setClientSecret("hostile-secret");
        c.setPrivateKey(KEYS.keys().merchantPrivateKeyPkcs1Pem());
        c.setUmfPublicKey(KEYS.keys().umfCertificatePem());
        c.setMaxRetries(0);
        more.accept(c);
        context.addComponent("umf", component);
        context.start();
    }

    protected Exchange send(String uri, Object body, String header, Object value) {
        return context.createProducerTemplate().send(uri, e -> {
            e.getMessage().setBody(body);
            if (header != null) {
                e.getMessage().setHeader(header, value);
            }
        });
    }

    /** base64(SHA256withRSA(UMF private key, text)). */
    protected static String umfSign(String text) {
        try {
            PrivateKey key = KEYS.keys().umfPrivateKey();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

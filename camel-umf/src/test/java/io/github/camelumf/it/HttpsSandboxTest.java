package io.github.camelumf.it;

import java.nio.file.Path;
import java.util.Map;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.model.Payment;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component over HTTPS (section 1.2) against the sandbox's generated certificate: trusted through
 * {@code sslContextParameters} with the trust store the sandbox hands out, refused without it.
 */
class HttpsSandboxTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create(b -> b.https(true));

    @TempDir
    Path dir;

    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void paymentIsCreatedOverHttpsWhenTheSandboxTrustStoreIsConfigured() throws Exception {
        Path trustStore = SANDBOX.tls().writeTrustStore(dir.resolve("sandbox-truststore.p12"));
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + trustStore);
        keyStore.setPassword(SANDBOX.tls().trustStorePassword());
        keyStore.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(keyStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trust);

        Exchange created = start(tls).createProducerTemplate().send("umf:payment/create", exchange -> exchange
                .getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00")));

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getBody(Payment.class).getId()).startsWith("PAY_");
        assertThat(created.getMessage().getHeader(UmfConstants.LINKS, Map.class).get("self").toString())
                .startsWith("https://127.0.0.1:");
    }

    @Test
    void sandboxCertificateIsRefusedWithoutItsTrustStore() throws Exception {
        Exchange created = start(null).createProducerTemplate().send("umf:payment/create", exchange -> exchange
                .getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00")));

        assertThat(created.getException()).isInstanceOf(UmfConnectionException.class);
    }

    private CamelContext start(SSLContextParameters tls) throws Exception {
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        SandboxTestSupport.configureFor(SANDBOX, component.getConfiguration());
        component.getConfiguration().setSslContextParameters(tls);
        context.addComponent("umf", component);
        context.start();
        return context;
    }
}

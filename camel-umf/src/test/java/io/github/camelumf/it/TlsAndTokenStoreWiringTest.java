package io.github.camelumf.it;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.InMemoryTokenStore;
import io.github.camelumf.security.TokenFetcher;
import io.github.camelumf.security.TokenStore;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client is built with what the configuration says: TLS trust from sslContextParameters (a server whose
 * certificate only that trust store knows is reached with it and refused without it), and the configured TokenStore.
 */
class TlsAndTokenStoreWiringTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @RegisterExtension
    static final UmfSandboxExtension KEYS = UmfSandboxExtension.create();

    @TempDir
    Path dir;

    private HttpsServer server;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(4);
    private CamelContext context;
    private Path trustStore;
    private final AtomicInteger apiCalls = new AtomicInteger();

    @BeforeEach
    void startTlsServer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair);

        KeyStore serverStore = KeyStore.getInstance("PKCS12");
        serverStore.load(null, null);
        serverStore.setKeyEntry("server", pair.getPrivate(), "changeit".toCharArray(),
                new X509Certificate[] { certificate });
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverStore, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("umf", certificate);
        trustStore = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, "changeit".toCharArray());
        }

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(com.sun.net.httpserver.HttpsParameters parameters) {
                // the JDK's HttpsServer can stall a TLS 1.3 handshake; the test is about trust, not the version
                javax.net.ssl.SSLParameters ssl = tls.getDefaultSSLParameters();
                ssl.setProtocols(new String[] { "TLSv1.2" });
                parameters.setSSLParameters(ssl);
            }
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void sslContextParametersTrustTheServer() {
        startCamel(c -> c.setSslContextParameters(trusting()));

        Exchange exchange = get();

        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class);
        assertThat(((UmfApiException) exchange.getException()).getRetCode()).isEqualTo("00060780");
        assertThat(apiCalls).hasValue(1);
    }

    @Test
    void withoutThemTheServerIsNotTrusted() {
        startCamel(c -> { });

        Exchange exchange = get();

        assertThat(exchange.getException()).isInstanceOf(UmfConnectionException.class)
                .hasMessageContaining("SSLHandshakeException");
        assertThat(apiCalls).hasValue(0);
    }

    @Test
    void theConfiguredTokenStoreKeepsTheToken() {
        AtomicInteger refreshes = new AtomicInteger();
        InMemoryTokenStore delegate = new InMemoryTokenStore();
        TokenStore store = new TokenStore() {
            @Override
            public java.util.Optional<AccessToken> current() {
                return delegate.current();
            }

            @Override
            public AccessToken refreshIfCurrent(AccessToken expected, TokenFetcher fetcher) {
                refreshes.incrementAndGet();
                return delegate.refreshIfCurrent(expected, fetcher);
            }
        };
        startCamel(c -> {
            c.setSslContextParameters(trusting());
            c.setTokenStore(store);
        });

        get();

        assertThat(refreshes).hasValue(1);
        assertThat(store.current()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("tls-token-1234567890"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        boolean token = exchange.getRequestURI().getPath().endsWith("/oauth/authorize");
        if (!token) {
            apiCalls.incrementAndGet();
        }
        byte[] body = (token ? "{\"access_token\":\"tls-token-1234567890\",\"expires_in\":3600}"
                : "{\"meta\":{\"ret_code\":\"00060780\",\"ret_msg\":\"no such payment\"}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(token ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private SSLContextParameters trusting() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + trustStore);
        store.setPassword("changeit");
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private void startCamel(java.util.function.Consumer<UmfConfiguration> more) {
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        UmfConfiguration c = component.getConfiguration();
        c.setEnvironment(UmfEnvironment.LIVE_CHINA);
        c.setBaseUrl("https://localhost:" + server.getAddress().getPort() + "/cberest/v1");
        c.setClientId("tls-client");
        c.setClientSecret("tls-secret");
        c.setPrivateKey(KEYS.keys().merchantPrivateKeyPkcs1Pem());
        c.setUmfPublicKey(KEYS.keys().umfCertificatePem());
        c.setMaxRetries(0);
        more.accept(c);
        context.addComponent("umf", component);
        context.start();
    }

    private Exchange get() {
        return context.createProducerTemplate().send("umf:payment/get",
                e -> e.getMessage().setHeader(UmfConstants.PAYMENT_ID, "PAY_1"));
    }

    private static X509Certificate selfSigned(KeyPair pair) throws Exception {
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name,
                pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }
}

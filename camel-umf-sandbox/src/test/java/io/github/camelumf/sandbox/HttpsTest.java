package io.github.camelumf.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTPS (section 1.2): a generated certificate for 127.0.0.1, and the trust store handed out to clients. */
class HttpsTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create(b -> b.https(true));

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void cardPaymentFlowRunsOverHttpsWithLinksOnHttps() {
        assertThat(sandbox.baseUrl()).matches("https://127\\.0\\.0\\.1:\\d+/cberest/v1");

        String id = Flows.paidCardPayment(sandbox.sandbox(), client);

        UmfTestClient.Response created = client.post("/payments/payment",
                Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD"));
        assertThat(created.link("self")).startsWith("https://127.0.0.1:");
        assertThat(client.get("/payments/payment/" + id).payment().path("state").asText()).isEqualTo("TRADE_SUCCESS");
    }

    @Test
    void clientThatDoesNotTrustTheSandboxCertificateFailsTheHandshake() {
        HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/bank"))
                .GET().build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void certificateNamesTheLoopbackAddressAndTheTrustStoreFileHoldsIt(@TempDir Path dir) throws Exception {
        X509Certificate certificate = sandbox.tls().certificate();
        assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> String.valueOf(name.get(1)))
                .contains("127.0.0.1", "localhost");
        certificate.checkValidity();

        Path file = sandbox.tls().writeTrustStore(dir.resolve("truststore.p12"));

        KeyStore loaded = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            loaded.load(in, sandbox.tls().trustStorePassword().toCharArray());
        }
        assertThat(loaded.getCertificate(SandboxTls.ALIAS)).isEqualTo(certificate);
        assertThat(sandbox.tls().certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(sandbox.tls().toString()).doesNotContain("PRIVATE");
    }

    @Test
    void plainHttpSandboxHasNoTlsIdentity() {
        try (UmfSandbox plain = UmfSandbox.builder().build()) {
            assertThat(plain.https()).isFalse();
            assertThatThrownBy(plain::tls).isInstanceOf(IllegalStateException.class).hasMessageContaining("https");
        }
    }

    @Test
    void standaloneHttpsWritesTheTrustStoreAndItsPassword(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        UmfSandbox standalone = UmfSandboxMain.run(new String[] {"--https", "--keys-dir", dir.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).matches("https://127\\.0\\.0\\.1:\\d+/cberest/v1");
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(dir.resolve("client.properties"))) {
                properties.load(reader);
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(
                    Path.of(properties.getProperty("camel.ssl.trust-store").substring("file:".length())))) {
                trust.load(in, properties.getProperty("camel.ssl.trust-store-password").toCharArray());
            }
            assertThat(Files.readString(dir.resolve("sandbox-tls-certificate.pem")))
                    .startsWith("-----BEGIN CERTIFICATE-----");
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            String body = "{\"client_id\":\"" + properties.getProperty("camel.component.umf.client-id") + "\",\"client_secret\":\""
                    + properties.getProperty("camel.component.umf.client-secret") + "\",\"grant_type\":\"client_credentials\"}";

            HttpResponse<String> token = HttpClient.newBuilder().sslContext(context).build().send(
                    HttpRequest.newBuilder(URI.create(properties.getProperty("camel.component.umf.base-url") + "/oauth/authorize"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("\"access_token\"");
        } finally {
            standalone.stop();
        }
    }
}

package io.github.camelumf.it;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfAuthenticationException;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The usual configuration mistakes of a first hour with the component, each answered by a message that names the
 * cause first: a base URL without scheme or without /cberest/v1, the wrong UMF public key, binary DER key files, a
 * key path without {@code file:}, and wrong client credentials.
 */
class ConfigurationMistakesTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    @TempDir
    Path dir;

    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    // ------------------------------------------------------------------ 11: baseUrl checked at start-up

    @Test
    void baseUrlWithoutSchemeFailsStartUpSuggestingHttp() {
        String withoutScheme = "127.0.0.1:" + SANDBOX.port() + "/cberest/v1";
        context = context(c -> c.setBaseUrl(withoutScheme));

        UmfConfigurationException e = configurationException(catchThrowable(context::start));

        assertThat(e.getOption()).isEqualTo("baseUrl");
        assertThat(e.getMessage()).contains("has no scheme").contains("did you mean http://" + withoutScheme + "?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1:8099/cberest/v1", "http:///cberest/v1", "http://127.0.0.1:8099/cb rest",
                            "https://user:pw@uatfx.soopay.net/cberest/v1"})
    void unusableBaseUrlFailsStartUpNamingTheOption(String baseUrl) {
        context = context(c -> c.setBaseUrl(baseUrl));

        UmfConfigurationException e = configurationException(catchThrowable(context::start));

        assertThat(e.getOption()).isEqualTo("baseUrl");
        assertThat(e.getMessage()).contains("https://uatfx.soopay.net/cberest/v1").doesNotContain(":pw@");
    }

    @Test
    void baseUrlWithoutTheApiPathStartsWithAWarning() throws Exception {
        String root = "http://127.0.0.1:" + SANDBOX.port();
        try (CapturingAppender log = CapturingAppender.attach(Level.WARN, "io.github.camelumf")) {
            context = context(c -> c.setBaseUrl(root));
            context.start();

            assertThat(log.events()).anySatisfy(event -> assertThat(event.text()).contains("WARN")
                    .contains("baseUrl " + root + " does not end with /cberest/v1"));
        }
    }

    @Test
    void baseUrlWithTheApiPathStartsWithoutWarning() throws Exception {
        try (CapturingAppender log = CapturingAppender.attach(Level.WARN, "io.github.camelumf")) {
            context = context(c -> c.setBaseUrl(SANDBOX.baseUrl() + "/"));
            context.start();

            assertThat(log.events()).noneSatisfy(event -> assertThat(event.text()).contains("baseUrl"));
        }
    }

    // ------------------------------------------------------------------ 12: 404 on the token call is a wrong URL

    @Test
    void http404OnTheTokenCallSaysTheBaseUrlIsWrongNotTheCredentials() {
        context = context(c -> c.setBaseUrl("http://127.0.0.1:" + SANDBOX.port() + "/v1"));
        context.start();

        Exception e = pay();

        assertThat(e).isNotInstanceOf(UmfAuthenticationException.class);
        UmfConfigurationException wrongUrl = configurationException(e);
        assertThat(wrongUrl.getOption()).isEqualTo("baseUrl");
        assertThat(wrongUrl.getMessage()).contains("answered HTTP 404").contains("/cberest/v1")
                .contains("clientId and clientSecret were not checked");
    }

    // ------------------------------------------------------------------ 13: token answer not verifying: the key first

    @Test
    void tokenAnswerThatDoesNotVerifyBlamesTheUmfPublicKeyFirst() throws Exception {
        String otherKey = pem(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic());
        context = context(c -> c.setUmfPublicKey(otherKey));
        context.start();

        Exception e = pay();

        assertThat(e).isInstanceOf(UmfSignatureException.class);
        assertThat(e.getMessage()).startsWith("UMF's answer to the token call does not verify with umfPublicKey")
                .contains("the likeliest cause is the wrong umfPublicKey");
        assertThat(SANDBOX.requests()).as("nothing but the token call was sent").allSatisfy(
                r -> assertThat(r.path()).endsWith("/oauth/authorize"));
    }

    // ------------------------------------------------------------------ 14: DER files, and paths without file:

    @Test
    void binaryDerKeyFilesAreAccepted() throws Exception {
        Path pkcs8 = der("merchant-pkcs8.der", SANDBOX.keys().merchantPrivateKeyPkcs8Pem());
        Path pkcs1 = der("merchant-pkcs1.der", SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
        Path certificate = der("umf.cer", SANDBOX.keys().umfCertificatePem());
        Path publicKey = der("umf-public.der", SANDBOX.keys().umfPublicKeyPem());
        assertThat(Files.readAllBytes(certificate)[0]).as("binary DER starts with a SEQUENCE").isEqualTo((byte) 0x30);

        for (Path[] pair : new Path[][] {{pkcs8, certificate}, {pkcs1, publicKey}}) {
            context = context(c -> {
                c.setPrivateKey("file:" + pair[0]);
                c.setUmfPublicKey("file:" + pair[1]);
            });
            context.start();

            Exchange created = context.createProducerTemplate().request("direct:pay",
                    x -> x.getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "1.00")));

            assertThat(created.getException()).as("%s and %s", pair[0], pair[1]).isNull();
            assertThat(created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
            assertThat(SANDBOX.requests()).filteredOn(r -> r.path().endsWith("/payments/payment"))
                    .last().satisfies(r -> assertThat(r.signatureVerified()).isTrue());
            context.stop();
        }
    }

    @Test
    void privateKeyGivenAsABarePathAsksWhetherFileWasMeant() throws Exception {
        Path key = dir.resolve("merchant.pem");
        Files.writeString(key, SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
        context = context(c -> c.setPrivateKey(key.toString()));

        UmfConfigurationException e = configurationException(catchThrowable(context::start));

        assertThat(e.getOption()).isEqualTo("privateKey");
        assertThat(e.getMessage()).contains("did you mean file:" + key + "?");
    }

    @Test
    void umfPublicKeyGivenAsABareRelativePathAsksWhetherFileWasMeant() {
        context = context(c -> c.setUmfPublicKey("keys/umf-certificate.pem"));

        UmfConfigurationException e = configurationException(catchThrowable(context::start));

        assertThat(e.getOption()).isEqualTo("umfPublicKey");
        assertThat(e.getMessage()).contains("did you mean file:keys/umf-certificate.pem?");
    }

    // ------------------------------------------------------------------ 15: a refused token call: the credentials

    @Test
    void refusedTokenCallLeadsWithTheCredentialsAndKeepsUmfsCode() {
        context = context(c -> c.setClientSecret("not-the-secret-42"));
        context.start();

        Exception e = pay();

        assertThat(e).isInstanceOf(UmfAuthenticationException.class);
        UmfAuthenticationException refused = (UmfAuthenticationException) e;
        assertThat(refused.getMessage()).startsWith("UMF refused clientId/clientSecret")
                .contains(refused.getRetCode()).contains("oauth/authorize refused by UMF")
                .doesNotContain("not-the-secret-42").doesNotContain(SANDBOX.clientSecret());
        assertThat(refused.getRetCode()).isNotBlank();
    }

    // ------------------------------------------------------------------ helpers

    /** A context (not started) whose component has the sandbox's working configuration, then {@code change}. */
    private static CamelContext context(Consumer<UmfConfiguration> change) {
        return SandboxTestSupport.contextWithRoute(SANDBOX, change, "umf:payment/create");
    }

    private Exception pay() {
        Exchange exchange = context.createProducerTemplate().request("direct:pay",
                x -> x.getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "1.00")));
        assertThat(exchange.getException()).as("the call must fail").isNotNull();
        return exchange.getException();
    }

    private Path der(String name, String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        Path file = dir.resolve(name);
        Files.write(file, Base64.getDecoder().decode(base64));
        return file;
    }

    private static String pem(Object key) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(key);
        }
        return out.toString();
    }

    private static UmfConfigurationException configurationException(Throwable thrown) {
        assertThat(thrown).as("must fail").isNotNull();
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain.stream().filter(UmfConfigurationException.class::isInstance)
                .map(UmfConfigurationException.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no UmfConfigurationException in the cause chain", thrown));
    }
}

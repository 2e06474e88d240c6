package io.github.camelumf.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;

/**
 * A wrong configuration stops the route from starting, with a {@link UmfConfigurationException} that names the
 * option and what is wrong with it, and nothing a user sees (the whole printed stack trace) contains key material,
 * the key password or the client secret.
 */
class StartupFailureTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    @TempDir
    static Path dir;

    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String WRONG_PASSWORD = "incorrect-donkey-battery-clip";
    private static final String ENCRYPTED_KEY = SANDBOX.keys().merchantPrivateKeyEncryptedPkcs8Pem(PASSWORD.toCharArray());
    private static final String GARBAGE_KEY = garbagePem();

    private static final SecretScanner SECRETS = new SecretScanner()
            .keyMaterial("merchant private key (PKCS#1)", SANDBOX.keys().merchantPrivateKeyPkcs1Pem())
            .keyMaterial("merchant private key (PKCS#8)", SANDBOX.keys().merchantPrivateKeyPkcs8Pem())
            .keyMaterial("merchant private key (encrypted PKCS#8)", ENCRYPTED_KEY)
            .keyMaterial("UMF public key", SANDBOX.keys().umfPublicKeyPem())
            .keyMaterial("UMF certificate", SANDBOX.keys().umfCertificatePem())
            .keyMaterial("the garbage key text", GARBAGE_KEY)
            .literal("key password", PASSWORD)
            .literal("wrong key password", WRONG_PASSWORD)
            .literal("client secret", SANDBOX.clientSecret());

    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    /** A configuration change that breaks one option, the option the exception must name, and a hint it must give. */
    record Misconfiguration(Consumer<UmfConfiguration> change, String option, String hint) {
    }

    static Stream<Arguments> misconfigurations() {
        return Stream.of(
                misconfiguration("missing privateKey", c -> c.setPrivateKey(null), "privateKey", "required"),
                misconfiguration("blank privateKey", c -> c.setPrivateKey("  "), "privateKey", "required"),
                misconfiguration("garbage privateKey", c -> c.setPrivateKey(GARBAGE_KEY), "privateKey",
                        "not a PEM private key"),
                misconfiguration("encrypted privateKey without password", c -> c.setPrivateKey(ENCRYPTED_KEY),
                        "privateKey", "needs a password"),
                misconfiguration("encrypted privateKey with the wrong password", c -> {
                    c.setPrivateKey(ENCRYPTED_KEY);
                    c.setPrivateKeyPassword(WRONG_PASSWORD);
                }, "privateKey", "wrong password"),
                misconfiguration("UMF public key given as privateKey",
                        c -> c.setPrivateKey(SANDBOX.keys().umfPublicKeyPem()), "privateKey", "public key"),
                misconfiguration("UMF certificate given as privateKey",
                        c -> c.setPrivateKey(SANDBOX.keys().umfCertificatePem()), "privateKey", "public key"),
                misconfiguration("merchant private key given as umfPublicKey",
                        c -> c.setUmfPublicKey(SANDBOX.keys().merchantPrivateKeyPkcs8Pem()), "umfPublicKey",
                        "private key"),
                misconfiguration("missing umfPublicKey", c -> c.setUmfPublicKey(null), "umfPublicKey", "required"),
                misconfiguration("privateKey file that does not exist",
                        c -> c.setPrivateKey("file:" + dir.resolve("no-such-key.pem")), "privateKey", "cannot read"),
                misconfiguration("umfPublicKey classpath resource that does not exist",
                        c -> c.setUmfPublicKey("classpath:no/such/umf.crt"), "umfPublicKey", "cannot read"),
                misconfiguration("missing clientId", c -> c.setClientId(null), "clientId", "required"),
                misconfiguration("missing clientSecret", c -> c.setClientSecret(null), "clientSecret", "required"),
                misconfiguration("SANDBOX environment without baseUrl", c -> c.setBaseUrl(null), "baseUrl",
                        "SANDBOX"));
    }

    private static Arguments misconfiguration(String name, Consumer<UmfConfiguration> change, String option,
                                              String hint) {
        return Arguments.of(named(name, new Misconfiguration(change, option, hint)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misconfigurations")
    void contextStartFailsNamingTheOptionWithoutShowingSecrets(Misconfiguration misconfiguration) {
        context = contextWithRoute(misconfiguration.change(), "umf:payment/create");

        Throwable thrown = catchThrowable(context::start);

        UmfConfigurationException e = configurationException(thrown);
        assertThat(e.getOption()).isEqualTo(misconfiguration.option());
        assertThat(e.getMessage()).contains("'" + misconfiguration.option() + "'").contains(misconfiguration.hint());
        assertNoSecretsIn(thrown);
    }

    @Test
    void theSameConfigurationWithoutTheBreakStartsAndPays() {
        context = contextWithRoute(c -> { }, "umf:payment/create");
        context.start();

        Exchange created = context.createProducerTemplate().request("direct:pay",
                e -> e.getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "1.00")));

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
    }

    @Test
    void routeWithAMissingKeyFileOnItsUriFailsWhenAddedToARunningContext() {
        context = contextWithRoute(c -> { }, "umf:payment/create");
        context.start();
        String uri = "umf:payment/verify?privateKey=RAW(file:" + dir.resolve("missing-merchant.pem") + ")";

        Throwable thrown = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:verify").to(uri);
            }
        }));

        assertThat(configurationException(thrown).getOption()).isEqualTo("privateKey");
        assertNoSecretsIn(thrown);
    }

    @Test
    void wrongPasswordOnTheEndpointUriFailsTheFirstSendWithoutEchoingIt() {
        context = contextWithRoute(c -> {
            c.setPrivateKey(ENCRYPTED_KEY);
            c.setPrivateKeyPassword(PASSWORD);
        }, "umf:payment/create");
        context.start();

        Throwable thrown = catchThrowable(() -> {
            Exchange exchange = context.createProducerTemplate().request(
                    "umf:payment/create?privateKeyPassword=RAW(" + WRONG_PASSWORD + ")",
                    e -> e.getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "1.00")));
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
        });

        UmfConfigurationException e = configurationException(thrown);
        assertThat(e.getOption()).isEqualTo("privateKey");
        assertThat(e.getMessage()).contains("wrong password");
        assertNoSecretsIn(thrown);
    }

    /** A context (not started) whose component has the sandbox's working configuration, then {@code change}. */
    private static CamelContext contextWithRoute(Consumer<UmfConfiguration> change, String endpointUri) {
        return SandboxTestSupport.contextWithRoute(SANDBOX, change, endpointUri);
    }

    /** The UmfConfigurationException in the cause chain of what the user got. */
    private static UmfConfigurationException configurationException(Throwable thrown) {
        assertThat(thrown).as("start must fail").isNotNull();
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain.stream().filter(UmfConfigurationException.class::isInstance)
                .map(UmfConfigurationException.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no UmfConfigurationException in the cause chain", thrown));
    }

    /** What a user sees: the printed stack trace, with every message and cause. */
    private static void assertNoSecretsIn(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        assertThat(SECRETS.findIn(out.toString())).as("secrets in the stack trace:%n%s", out).isEmpty();
    }

    /** Armoured PEM whose body is random base64: a parser that echoed its input would leak it. */
    private static String garbagePem() {
        byte[] random = new byte[600];
        new SecureRandom().nextBytes(random);
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(random);
        return "-----BEGIN RSA PRIVATE KEY-----\n" + base64 + "\n-----END RSA PRIVATE KEY-----\n";
    }
}

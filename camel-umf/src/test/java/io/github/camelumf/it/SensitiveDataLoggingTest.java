package io.github.camelumf.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.http.UmfApiClient;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelumf.it.TestOrders.CARD_NUMBER;
import static io.github.camelumf.it.TestOrders.CITIZEN_ID;
import static io.github.camelumf.it.TestOrders.CVV2;
import static io.github.camelumf.it.TestOrders.PAYER_NAME;
import static io.github.camelumf.it.TestOrders.VALID_DATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing sensitive reaches the logs of the component or of Camel, even at TRACE, nor the {@code toString()} of
 * results and exceptions: card number, CVV2, validity date, citizen id, payer name, client secret, access tokens
 * and the merchant private key. Runs a whole card payment, a refusal, validation failures and a forced token refresh
 * through routes with Camel's default error handler, which logs exhausted exchanges.
 */
class SensitiveDataLoggingTest {

    /** Signing its files, so that an answer (a statement file) comes with a Signature header to log redacted. */
    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create(b -> b.signFiles(true));

    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void aCardPaymentWithRefusalValidationFailuresAndTokenRefreshLogsNoSecretsEvenAtTrace() {
        List<String> shown = new ArrayList<>();
        List<CapturingAppender.Captured> events;
        // every logger at TRACE: the root and the component's own (configured at DEBUG in log4j2-test.properties)
        try (CapturingAppender capture = CapturingAppender.attach(Level.TRACE, "", "io.github.camelumf")) {
            startCamel();
            ProducerTemplate template = context.createProducerTemplate();

            Exchange created = template.request("direct:create",
                    e -> e.getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00")));
            assertThat(created.getException()).isNull();
            String paymentId = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
            showResult(created, shown);

            Exchange verified = request(template, "direct:verify", TestOrders.cardPayer("CREDIT_CARD", null), paymentId);
            assertThat(verified.getException()).isNull();
            showResult(verified, shown);

            String smsCode = SANDBOX.smsCode(paymentId);
            String wrongCode = smsCode.equals("000000") ? "111111" : "000000";
            Exchange refused = request(template, "direct:execute", TestOrders.cardPayer("CREDIT_CARD", wrongCode),
                    paymentId);
            assertThat(refused.getException()).isInstanceOf(UmfApiException.class);
            showException(refused.getException(), shown);

            Exchange badCode = request(template, "direct:execute", TestOrders.cardPayer("CREDIT_CARD", "12ab"), paymentId);
            assertThat(badCode.getException()).isInstanceOf(UmfValidationException.class);
            showException(badCode.getException(), shown);

            String malformed = TestOrders.cardPayer("CREDIT_CARD", smsCode).replace("\"cvv2\":", "\"cvv2\"");
            Exchange notJson = request(template, "direct:execute", malformed, paymentId);
            assertThat(notJson.getException()).isInstanceOf(UmfValidationException.class);
            showException(notJson.getException(), shown);

            Exchange executed = request(template, "direct:execute", TestOrders.cardPayer("CREDIT_CARD", smsCode),
                    paymentId);
            assertThat(executed.getException()).isNull();
            assertThat(executed.getMessage().getBody(Payment.class).getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
            showResult(executed, shown);

            int tokensBefore = SANDBOX.tokensIssued();
            SANDBOX.disableCurrentToken();
            Exchange fetched = request(template, "direct:get", null, paymentId);
            assertThat(fetched.getException()).isNull();
            assertThat(SANDBOX.tokensIssued()).as("the refused token was replaced").isEqualTo(tokensBefore + 1);
            showResult(fetched, shown);

            context.stop();
            events = capture.events();
        }

        Set<String> tokens = accessTokensUsed();
        assertThat(tokens).as("access tokens before and after the refresh").hasSizeGreaterThanOrEqualTo(2);
        SecretScanner secrets = secrets(tokens);

        // the capture can fail the test: it holds the component's DEBUG lines and Camel's TRACE lines
        assertThat(events).anySatisfy(e -> assertThat(e.logger() + " " + e.message())
                .startsWith(UmfApiClient.class.getName() + " UMF POST /payments/payment"));
        assertThat(events).anySatisfy(e -> assertThat(e.message()).contains("refreshing it once"));
        assertThat(events).anySatisfy(e -> assertThat(e.logger()).startsWith("org.apache.camel")
                .satisfies(l -> assertThat(e.level()).isEqualTo(Level.TRACE)));
        assertThat(events).as("the default error handler logged the refusal with its exception")
                .anySatisfy(e -> assertThat(e.text()).contains("refused by UMF: 00200083"));

        for (CapturingAppender.Captured event : events) {
            assertThat(secrets.findIn(event.text())).as("secrets logged in:%n%s", event.text()).isEmpty();
        }
        for (String text : shown) {
            assertThat(secrets.findIn(text)).as("secrets shown in:%n%s", text).isEmpty();
        }
    }

    @Test
    void theScannerFindsEachSecretItLooksFor() {
        SecretScanner secrets = secrets(Set.of("tok3nValue-1234567890"));
        String pkcs1 = SANDBOX.keys().merchantPrivateKeyPkcs1Pem();
        String oneKeyLine = pkcs1.lines().skip(5).findFirst().orElseThrow();

        assertThat(secrets.findIn(TestOrders.cardPayer("CREDIT_CARD", null))).containsExactlyInAnyOrder(
                "card number", "CVV2", "validity date", "citizen id", "payer name");
        assertThat(secrets.findIn("cvv2=" + CVV2)).containsExactly("CVV2");
        assertThat(secrets.findIn("x" + oneKeyLine.substring(3, 3 + SecretScanner.KEY_RUN) + "x"))
                .containsExactly("merchant private key");
        assertThat(secrets.findIn("Authorization: Bearer tok3nValue-1234567890")).containsExactly("access token");
        assertThat(secrets.findIn("client_secret=" + SANDBOX.clientSecret())).containsExactly("client secret");
        assertThat(secrets.findIn("UMF POST /payments/payment -> HTTP 200 ret_code 0000")).isEmpty();
    }

    /**
     * Apache HttpClient's own connection prints every header ({@code org.apache.hc.client5.http.headers}) and every
     * byte on the wire ({@code org.apache.hc.client5.http.wire}) at DEBUG: the bearer token and the token request's
     * client_secret. The component's connections hand them nothing, and log the headers themselves with the secrets
     * redacted.
     */
    @Test
    void httpClientLoggersAtTraceSeeNoTokenNorClientSecretAndHeadersAreLoggedRedacted() {
        List<CapturingAppender.Captured> events;
        try (CapturingAppender capture = CapturingAppender.attach(Level.TRACE, "org.apache.hc",
                "io.github.camelumf.http.headers")) {
            startCamel();
            Exchange created = context.createProducerTemplate().request("direct:create",
                    e -> e.getMessage().setBody(TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "1.00")));
            assertThat(created.getException()).isNull();
            String settleDate = SyntheticStatements.ofYesterday(SANDBOX.sandbox(), 2);
            Exchange file = context.createProducerTemplate().request("umf:settlement/download?outputType=STATEMENT",
                    e -> e.getMessage().setHeader(UmfConstants.SETTLE_DATE, settleDate));
            assertThat(file.getException()).as("a signed file, verified").isNull();
            context.stop();
            events = capture.events();
        }

        Set<String> tokens = accessTokensUsed();
        assertThat(tokens).isNotEmpty();
        SecretScanner secrets = secrets(tokens);
        assertThat(events).as("HttpClient's wire logger never sees a byte").noneMatch(
                e -> e.logger().equals("org.apache.hc.client5.http.wire"));
        assertThat(events).anySatisfy(e -> assertThat(e.logger() + " " + e.message())
                .startsWith("io.github.camelumf.http.headers").endsWith(">> Authorization: [redacted]"));
        assertThat(events).anySatisfy(e -> assertThat(e.message()).endsWith(">> Signature: [redacted]"));
        assertThat(events).as("the signed file's Signature header")
                .anySatisfy(e -> assertThat(e.message()).endsWith("<< Signature: [redacted]"));
        assertThat(events).anySatisfy(e -> assertThat(e.message()).contains(">> POST /cberest/v1/oauth/authorize"));
        for (CapturingAppender.Captured event : events) {
            assertThat(secrets.findIn(event.text())).as("secrets logged in:%n%s", event.text()).isEmpty();
        }
    }

    private void startCamel() {
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        UmfConfiguration c = component.getConfiguration();
        c.setEnvironment(UmfEnvironment.SANDBOX);
        c.setBaseUrl(SANDBOX.baseUrl());
        c.setClientId(SANDBOX.clientId());
        c.setClientSecret(SANDBOX.clientSecret());
        c.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
        c.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        c.setResponseVerification(ResponseVerification.STRICT);
        context.addComponent("umf", component);
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:create").to("umf:payment/create");
                    from("direct:verify").to("umf:payment/verify");
                    from("direct:execute").to("umf:payment/execute");
                    from("direct:get").to("umf:payment/get");
                }
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        context.start();
    }

    private static Exchange request(ProducerTemplate template, String uri, String body, String paymentId) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(UmfConstants.PAYMENT_ID, paymentId);
        });
    }

    /** What a successful exchange shows: the typed body's and the headers' toString(). */
    private static void showResult(Exchange exchange, List<String> shown) {
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(Payment.class);
        shown.add(body.toString());
        shown.add(exchange.getMessage().getHeaders().toString());
        shown.add(exchange.toString());
    }

    /** What an exception shows: toString(), the message and the printed stack trace with every cause. */
    private static void showException(Exception e, List<String> shown) {
        shown.add(e.toString());
        shown.add(String.valueOf(e.getMessage()));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        shown.add(trace.toString());
    }

    /** The bearer tokens the sandbox received. */
    private static Set<String> accessTokensUsed() {
        Set<String> tokens = new LinkedHashSet<>();
        for (RecordedRequest r : SANDBOX.requests()) {
            String authorization = r.header("Authorization");
            if (authorization != null && authorization.startsWith("Bearer ")) {
                tokens.add(authorization.substring("Bearer ".length()).trim());
            }
        }
        return tokens;
    }

    private static SecretScanner secrets(Set<String> tokens) {
        SecretScanner scanner = new SecretScanner()
                .literal("card number", CARD_NUMBER)
                .literal("citizen id", CITIZEN_ID)
                .literal("payer name", PAYER_NAME)
                .literal("client secret", SANDBOX.clientSecret())
                .pattern("CVV2", "(?i)cvv2?\\W{0,6}" + CVV2 + "(?!\\d)")
                .pattern("validity date", "(?i)valid_?date\\W{0,6}" + VALID_DATE + "(?!\\d)")
                .keyMaterial("merchant private key", SANDBOX.keys().merchantPrivateKeyPkcs1Pem())
                .keyMaterial("merchant private key", SANDBOX.keys().merchantPrivateKeyPkcs8Pem());
        tokens.forEach(token -> scanner.literal("access token", token));
        return scanner;
    }
}

package io.github.camelumf.jdbc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring shown in docs/operations.md ("Running several nodes"), run against the sandbox and PostgreSQL; the
 * test also checks that the docs show exactly this code.
 */
@Timeout(180)
class ClusterWiringTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();
    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private static final Path DOC = Path.of("..", "docs", "operations.md");

    @Test
    void tokenStoreAndNotificationRepositoryWiredAsTheDocsShowShareTheTokenAndRecordNotifications() throws Exception {
        DataSource dataSource = POSTGRES.dataSource();
        String tokenKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
        CamelContext context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configureForSandbox(component.getConfiguration());
        int port = AvailablePortFinder.getNextAvailable();

        // tag::wiring[]
        UmfConfiguration umf = component.getConfiguration();
        // one token for every node: one row per client id, at most one fetch in flight across the nodes
        umf.setTokenStore(new JdbcTokenStore(dataSource, umf.getClientId())
                .setEncryptionKey(tokenKey)); // optional: AES key (base64), the same on every node
        // each notification routed once across the nodes (camel-sql's CAMEL_MESSAGEPROCESSED table)
        umf.setIdempotentRepository(new JdbcNotificationRepository(dataSource, "umf-notifications"));
        // end::wiring[]

        context.addComponent("umf", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the notification of this test is made up (no such payment at UMF): not confirmed with UMF
                from("umf:notification?bindHost=127.0.0.1&port=" + port + "&path=/umf/notify&confirmNotifications=false")
                        .log("routed ${header.CamelUmfPaymentId}");
            }
        });
        context.start();
        try {
            Exchange created = context.createProducerTemplate().send("umf:payment/create",
                    e -> e.getMessage().setBody(payment()));
            assertThat(created.getException()).isNull();
            assertThat(query("SELECT TOKEN_VALUE FROM UMF_ACCESS_TOKEN WHERE CLIENT_ID = '" + SANDBOX.clientId() + "'"))
                    .startsWith("gcm1:");

            byte[] body = notification().getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/umf/notify")).header("Signature", sign(body))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(query("SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'umf-notifications'"
                             + " AND messageId = 'PAYMENT:PAY_WIRING_1:TRADE_SUCCESS'"))
                    .isEqualTo("PAYMENT:PAY_WIRING_1:TRADE_SUCCESS");
        } finally {
            context.stop();
        }
    }

    @Test
    void operationsGuideShowsTheWiringOfThisTest() throws Exception {
        String source = Files.readString(Path.of("src", "test", "java", "io", "github", "camelumf", "jdbc",
                "ClusterWiringTest.java"));
        Matcher tagged = Pattern.compile("// tag::wiring\\[]\\n(.*?)\\n\\s*// end::wiring\\[]", Pattern.DOTALL)
                .matcher(source);
        assertThat(tagged.find()).isTrue();
        List<String> lines = tagged.group(1).lines().map(line -> line.replaceFirst("^ {8}", "")).toList();
        assertThat(Files.readString(DOC)).as("docs/operations.md shows the wiring of ClusterWiringTest")
                .contains(String.join("\n", lines));
    }

    private static void configureForSandbox(UmfConfiguration configuration) {
        configuration.setEnvironment(UmfEnvironment.SANDBOX);
        configuration.setBaseUrl(SANDBOX.baseUrl());
        configuration.setClientId(SANDBOX.clientId());
        configuration.setClientSecret(SANDBOX.clientSecret());
        configuration.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
        configuration.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        configuration.setResponseVerification(ResponseVerification.STRICT);
    }

    private static String sign(byte[] body) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(SANDBOX.keys().umfPrivateKey());
        signature.update(body);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private static String query(String sql) throws Exception {
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String payment() {
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return """
                {"payer":{"payment_method":"WECHAT_SCAN","payer_info":{"phone":"13552105741"},
                  "interface_type":"SERVER_TO_SERVER","business_type":"B2C"},
                 "order":{"mer_reference_id":"WIRING0000000000001","mer_date":"%s","amount":{"total":"1.00","currency":"CNY"},
                   "order_summary":"Camel UMF wiring test","expire_time":"360","user_ip":"127.0.0.1",
                   "sub_orders":[{"mer_sub_reference_id":"WIRING0000000000","trans_code":"01122030",
                     "amount":{"total":"1.00","currency":"CNY"},"is_customs":"FALSE","invoice_id":"INV0001",
                     "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"1",
                       "description":"banana","amount":{"total":"1.00","currency":"CNY"}}]}]},
                 "notify_url":"http://127.0.0.1:9/umf/notify","risk_info":{"trans_type":"02"}}
                """.formatted(today);
    }

    private static String notification() {
        return io.github.camelumf.jdbc.cluster.UmfDeliveries.notification("PAY_WIRING_1", "WIRING1");
    }
}

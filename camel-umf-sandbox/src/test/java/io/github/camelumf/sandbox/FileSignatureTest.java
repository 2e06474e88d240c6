package io.github.camelumf.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file downloads (3.21 statement_download, 3.23 transactions_download, 3.25 settle_month_file_download): the UMF
 * reference shows no signature on them, so by default the sandbox sends none; a sandbox built with
 * {@code signFiles(true)} signs each file's exact bytes with a {@code Signature} header, as an environment that signs
 * its files would. The control API's answers never carry a Signature header.
 */
class FileSignatureTest {

    @RegisterExtension
    static UmfSandboxExtension plain = UmfSandboxExtension.create();

    @RegisterExtension
    static UmfSandboxExtension signing = UmfSandboxExtension.create(b -> b.signFiles(true));

    @Test
    void filesCarryNoSignatureHeaderByDefault() {
        assertThat(plain.sandbox().signsFiles()).isFalse();

        for (UmfTestClient.Response file : downloads(plain.sandbox())) {
            assertThat(file.status()).isEqualTo(200);
            assertThat(new String(file.body(), StandardCharsets.UTF_8)).as("a statement file, not JSON")
                    .doesNotStartWith("{").containsPattern("(?m)^[A-Z]+[-_]END,");
            assertThat(file.signatureHeader()).as("the reference shows no signature on files").isNull();
        }
    }

    @Test
    void withSignFilesEveryFileIsSignedOverItsExactBytesByTheUmfKey() {
        UmfSandbox sandbox = signing.sandbox();
        assertThat(sandbox.signsFiles()).isTrue();

        List<UmfTestClient.Response> files = downloads(sandbox);

        assertThat(files).hasSize(3).allSatisfy(file -> {
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.signatureHeader()).isNotBlank();
            assertThat(file.headerSignedBy(sandbox.keys().umfPublicKey())).as(file.toString()).isTrue();
            assertThat(file.headerSignedBy(sandbox.keys().merchantPublicKey())).isFalse();
            byte[] tampered = file.body().clone();
            tampered[tampered.length / 2] ^= 1;
            assertThat(new UmfTestClient.Response(200, tampered, file.headers())
                    .headerSignedBy(sandbox.keys().umfPublicKey())).as("one byte changed").isFalse();
        });
    }

    @Test
    void jsonAnswersStayUnsignedByHeaderWhenFilesAreSigned() {
        UmfTestClient client = new UmfTestClient(signing.sandbox());
        client.authenticate();
        String id = Flows.createCardPayment(client);

        UmfTestClient.Response payment = client.get("/payments/payment/" + id);
        UmfTestClient.Response control = client.send(HttpRequest.newBuilder(
                URI.create(signing.sandbox().controlUrl() + "/payments/" + id)).GET().build());

        assertThat(payment.metaSignedBy(signing.sandbox().keys().umfPublicKey())).isTrue();
        assertThat(payment.signatureHeader()).isNull();
        assertThat(control.status()).isEqualTo(200);
        assertThat(control.signatureHeader()).isNull();
    }

    @Test
    void theJsonSettlementStatementIsSignedInMetaSignInsideItsArrayEvenWhenFilesAreSigned() {
        UmfSandbox sandbox = signing.sandbox();
        UmfTestClient client = new UmfTestClient(sandbox);
        client.authenticate();
        String yesterday = LocalDate.now(sandbox.clock()).minusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);

        UmfTestClient.Response answer = client.get("/payments/reconciliation_statement?settle_date=" + yesterday);

        String body = new String(answer.body(), StandardCharsets.UTF_8).trim();
        assertThat(body).as("3.20 answers a JSON array around the answer object").startsWith("[").endsWith("]");
        UmfTestClient.Response inner = new UmfTestClient.Response(answer.status(),
                body.substring(1, body.length() - 1).getBytes(StandardCharsets.UTF_8), answer.headers());
        assertThat(inner.retCode()).isEqualTo("0000");
        assertThat(inner.json().has("reconciliations")).isTrue();
        assertThat(inner.metaSignedBy(sandbox.keys().umfPublicKey())).as(body).isTrue();
        assertThat(answer.signatureHeader()).as("a JSON answer, not a file").isNull();
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
    }

    /** The three files of a sandbox: yesterday's settlement and transaction files, and last month's file. */
    private static List<UmfTestClient.Response> downloads(UmfSandbox sandbox) {
        UmfTestClient client = new UmfTestClient(sandbox);
        client.authenticate();
        String yesterday = LocalDate.now(sandbox.clock()).minusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        sandbox.statements().synthetic(yesterday, 3);
        UmfTestClient.Response settlement = client.get("/payments/statement_download?settle_date=" + yesterday);
        UmfTestClient.Response transactions = client.get("/payments/transactions_download?settle_date=" + yesterday);
        String month = YearMonth.now(sandbox.clock()).minusMonths(1).format(DateTimeFormatter.ofPattern("yyyyMM"));
        UmfTestClient.Response created = client.post("/payments/settle_month_create",
                "{\"settle_month\":\"" + month + "\"}");
        assertThat(created.retCode()).as(created.toString()).isEqualTo("0000");
        String link = created.link("settleMonthFileDownLoad");
        sandbox.advanceClock(Duration.ofHours(25));
        client.authenticate();
        UmfTestClient.Response monthly = client.get(link.substring(sandbox.baseUrl().length()));
        return List.of(settlement, transactions, monthly);
    }
}

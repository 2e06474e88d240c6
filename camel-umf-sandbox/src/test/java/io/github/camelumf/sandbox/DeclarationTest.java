package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Customs and CIQ declarations (3.16-3.19, 3.32, 3.50-3.54): paid payments only, one per sub-order, with state. */
class DeclarationTest {

    private static final String NOTIFY = "http://127.0.0.1:1/customs-notify";

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;
    private String paymentId;
    private String subReference;
    private String merDate;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
        paymentId = Flows.paidCardPayment(sandbox.sandbox(), client);
        subReference = Flows.subReference(sandbox.sandbox(), paymentId);
        merDate = sandbox.payment(paymentId).path("order").path("mer_date").asText();
    }

    private UmfTestClient.Response applyCustoms(String payment, String body) {
        return client.post("/payments/payment/" + payment + "/apply_to_customs", body);
    }

    private UmfTestClient.Response applyCiq(String payment, String body) {
        return client.post("/payments/payment/" + payment + "/apply_to_ciq", body);
    }

    @Test
    void customsDeclarationByPaymentIdAnswersTheReferenceMembersAndIsTreatedUntilCustomsAnswers() {
        UmfTestClient.Response applied = applyCustoms(paymentId, Payloads.customs(subReference, null, NOTIFY));

        assertThat(applied.retCode()).as(applied.toString()).isEqualTo("0000");
        assertThat(names(applied.json())).containsExactlyInAnyOrder("meta", "links", "customs_declarations");
        JsonNode declaration = applied.json().path("customs_declarations").get(0);
        assertThat(names(declaration)).containsExactlyInAnyOrder("id", "verify_department",
                "verify_department_pay_trace", "ec_plat_id", "mer_customs_code", "customs_clearance_date", "tax_amount",
                "notify_url", "sub_order", "freight_amount", "sub_order_amount", "customs_id");
        String id = declaration.path("id").asText();
        assertThat(id).matches("CUST_[A-Z2-7]+");
        assertThat(declaration.path("tax_amount").path("total").asText()).isEqualTo("0.00");
        assertThat(declaration.path("sub_order_amount").path("total_cny").asText()).isEqualTo("0.02");
        assertThat(declaration.path("sub_order").path("sub_customs_trace").asText()).matches("\\d{16}");
        assertThat(declaration.path("customs_clearance_date").asText()).isEmpty();
        assertThat(applied.link("parent_payment")).endsWith("/payments/payment/" + paymentId);
        assertThat(applied.link("self")).endsWith("/payments/customs_declarations/" + id);

        assertThat(client.get("/payments/customs_declarations/" + id).retCode()).isEqualTo("00280046");

        sandbox.completeDeclaration(id);

        UmfTestClient.Response queried = client.get("/payments/customs_declarations/" + id);
        JsonNode status = queried.json().path("customs_declarations").get(0);
        assertThat(queried.retCode()).isEqualTo("0000");
        assertThat(names(status)).containsExactlyInAnyOrder("customs_clearance_date", "id", "state");
        assertThat(status.path("state").asText()).isEqualTo("SUCCESS");
        assertThat(status.path("customs_clearance_date").asText()).matches("\\d{8}");
    }

    @Test
    void onlyPaidPaymentsAreDeclared() {
        String unpaid = Flows.createCardPayment(client);

        assertThat(applyCustoms(unpaid, Payloads.customs(Flows.subReference(sandbox.sandbox(), unpaid), null, NOTIFY))
                .retCode()).isEqualTo("00060764");
        assertThat(applyCustoms("PAY_NONE", Payloads.customs(subReference, null, NOTIFY)).retCode())
                .isEqualTo("00060760");
        assertThat(applyCiq(unpaid, Payloads.ciq(Flows.subReference(sandbox.sandbox(), unpaid), null)).retCode())
                .isEqualTo("00060764");
    }

    @Test
    void customsRefusesWhatUmfRefuses() {
        String body = Payloads.customs(subReference, null, NOTIFY);

        assertThat(applyCustoms(paymentId, body.replace("\"HZHG\"", "\"XXHG\"")).retCode()).isEqualTo("00280702");
        assertThat(applyCustoms(paymentId, body.replace("\"ec_plat_id\":\"123456\",", "")).retCode())
                .isEqualTo("00060700");
        assertThat(applyCustoms(paymentId, body.replace(subReference, "S999999999")).retCode())
                .isEqualTo("00282015");
        assertThat(applyCustoms(paymentId, body.replace("\"I1\"", "\"I9\"")).retCode()).isEqualTo("00282016");
        assertThat(applyCustoms(paymentId, body.replace("\"0.02\"", "\"0.00\"")).retCode()).isEqualTo("00280702");
        assertThat(applyCustoms(paymentId, body).retCode()).isEqualTo("0000");
        assertThat(applyCustoms(paymentId, body).retCode()).as("declared once").isEqualTo("00280043");
        assertThat(client.get("/payments/customs_declarations/CUST_NONE").retCode()).isEqualTo("00280045");
    }

    @Test
    void customsDeclarationByOrderReferenceDecryptsTheCitizenIdAndIsQueriedByOrder() {
        String body = Payloads.customs(subReference, merDate, NOTIFY).replace("\"ec_plat_id\"",
                "\"citizen_id_type\":\"IDENTITY_CARD\",\"citizen_id_number\":\"" + client.enc("370124197111250021")
                        + "\",\"ec_plat_id\"");
        String plaintextId = body.replaceAll("\"citizen_id_number\":\"[^\"]+\"",
                "\"citizen_id_number\":\"370124197111250021\"");
        assertThat(client.post("/payments/payment/apply_customs", plaintextId).retCode()).isEqualTo("00060700");
        String shortId = body.replaceAll("\"citizen_id_number\":\"[^\"]+\"",
                "\"citizen_id_number\":\"" + client.enc("37012419711125") + "\"");
        assertThat(client.post("/payments/payment/apply_customs", shortId).retCode()).isEqualTo("00202009");

        UmfTestClient.Response applied = client.post("/payments/payment/apply_customs", body);

        assertThat(applied.retCode()).as(applied.toString()).isEqualTo("0000");
        JsonNode declaration = applied.json().path("customs_declaration");
        assertThat(names(declaration)).containsExactlyInAnyOrder("tax_amount", "freight_amount", "mer_date",
                "customs_clearance_date", "verify_department", "mer_customs_code", "sub_order", "ec_plat_id",
                "verify_department_pay_trace", "sub_order_amount", "notify_url", "customs_id");
        assertThat(declaration.path("mer_date").asText()).isEqualTo(merDate);
        String query = Payloads.declarationQuery(subReference, merDate);
        assertThat(client.post("/payments/payment/customs_query", query).retCode()).isEqualTo("00280046");

        sandbox.completeDeclaration(sandbox.declarationId(subReference, false));

        UmfTestClient.Response queried = client.post("/payments/payment/customs_query",
                query.replace("}\n", ",\"is_customs\":\"TRUE\"}\n"));
        assertThat(queried.retCode()).as(queried.toString()).isEqualTo("0000");
        JsonNode status = queried.json().path("customs_declaration");
        assertThat(names(status)).containsExactlyInAnyOrder("pay_trace", "mer_date", "customs_clearance_date",
                "state", "sub_order", "is_customs", "customs_id");
        assertThat(status.path("state").asText()).isEqualTo("SUCCESS");
        assertThat(client.post("/payments/payment/customs_query",
                Payloads.declarationQuery(subReference, "20200101")).retCode()).isEqualTo("00280045");
        assertThat(client.post("/payments/payment/apply_customs",
                Payloads.customs(subReference, "20200101", NOTIFY)).retCode()).isEqualTo("00060760");
    }

    @Test
    void ciqNeedsTheCustomsDeclarationFirstAndIsQueriedByIdAndByOrder() {
        assertThat(applyCiq(paymentId, Payloads.ciq(subReference, null)).retCode()).isEqualTo("00280064");
        assertThat(applyCustoms(paymentId, Payloads.customs(subReference, null, NOTIFY)).retCode()).isEqualTo("0000");
        assertThat(applyCiq(paymentId, Payloads.ciq(subReference, null).replace("GJHP", "XXXX")).retCode())
                .isEqualTo("00280702");

        UmfTestClient.Response applied = applyCiq(paymentId, Payloads.ciq(subReference, null));

        assertThat(applied.retCode()).as(applied.toString()).isEqualTo("0000");
        JsonNode declaration = applied.json().path("ciq_declarations");
        assertThat(names(declaration)).containsExactlyInAnyOrder("id", "ciq_clearance_date", "plat_supplier_no",
                "sub_order", "ciq_code");
        String id = declaration.path("id").asText();
        assertThat(id).matches("CIQ_[A-Z2-7]+");
        assertThat(applied.link("self")).endsWith("/payments/ciq_declarations/" + id);
        assertThat(client.get("/payments/ciq_declarations/" + id).retCode()).isEqualTo("00280049");
        assertThat(applyCiq(paymentId, Payloads.ciq(subReference, null)).retCode()).isEqualTo("00280049");

        sandbox.completeDeclaration(id);

        JsonNode status = client.get("/payments/ciq_declarations/" + id).json().path("ciq_declarations");
        assertThat(names(status)).containsExactlyInAnyOrder("id", "ciq_clearance_date", "state");
        assertThat(status.path("state").asText()).isEqualTo("SUCCESS");
        UmfTestClient.Response byOrder = client.post("/payments/ciq_declarations",
                Payloads.declarationQuery(subReference, merDate));
        assertThat(byOrder.retCode()).isEqualTo("0000");
        assertThat(byOrder.json().path("ciq_declarations").path("state").asText()).isEqualTo("SUCCESS");
        assertThat(applyCiq(paymentId, Payloads.ciq(subReference, null)).retCode()).isEqualTo("00280050");
    }

    @Test
    void ciqByOrderReferenceAnswersWithoutId() {
        assertThat(client.post("/payments/payment/apply_customs", Payloads.customs(subReference, merDate, NOTIFY))
                .retCode()).isEqualTo("0000");

        UmfTestClient.Response applied = client.post("/payments/payment/apply_to_ciq",
                Payloads.ciq(subReference, merDate));

        assertThat(applied.retCode()).as(applied.toString()).isEqualTo("0000");
        assertThat(names(applied.json().path("ciq_declarations"))).containsExactlyInAnyOrder("mer_date", "sub_order",
                "ciq_clearance_date", "ciq_code", "plat_supplier_no");
        assertThat(client.post("/payments/ciq_declarations", Payloads.declarationQuery(subReference, merDate))
                .retCode()).isEqualTo("00280049");
        assertThat(sandbox.declarationId(subReference, true)).startsWith("CIQ_");
    }

    @Test
    void aFailedDeclarationIsResentAndTreatedAgain() {
        String id = applyCustoms(paymentId, Payloads.customs(subReference, null, NOTIFY)).json()
                .path("customs_declarations").get(0).path("id").asText();
        String resend = "{\"mer_reference_id\":\"" + subReference + "\",\"declare_type\":\"0\"}";
        assertThat(client.post("/declare_again", resend).retCode()).as("still treated").isEqualTo("00280046");

        sandbox.failDeclaration(id);
        assertThat(client.get("/payments/customs_declarations/" + id).retCode()).isEqualTo("00280047");

        UmfTestClient.Response resent = client.post("/declare_again", resend);

        assertThat(resent.retCode()).as(resent.toString()).isEqualTo("0000");
        assertThat(resent.json().path("declare_again").path("declare_type").asText()).isEqualTo("0");
        assertThat(resent.json().path("declare_again").path("mer_reference_id").asText()).isEqualTo(subReference);
        assertThat(sandbox.declaration(id).path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(sandbox.declaration(id).path("resends").asInt()).isEqualTo(1);
        assertThat(client.get("/payments/customs_declarations/" + id).retCode()).isEqualTo("00280046");
        sandbox.completeDeclaration(id);
        assertThat(client.post("/declare_again", resend).retCode()).as("declared").isEqualTo("00280043");
        assertThat(client.post("/declare_again", resend.replace("\"0\"", "\"1\"")).retCode()).isEqualTo("00280045");
        assertThat(client.post("/declare_again", resend.replace("\"0\"", "\"2\"")).retCode()).isEqualTo("00280702");
    }

    @Test
    void controlApiShowsCompletesAndFailsDeclarations() {
        String id = Flows.declareCustoms(sandbox.sandbox(), client, paymentId, NOTIFY);

        UmfTestClient.Response shown = control("GET", "/declarations/" + id);
        UmfTestClient.Response failed = control("POST", "/declarations/" + id + "/fail");

        assertThat(shown.json().path("declaration").path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(shown.json().path("declaration").path("payment_id").asText()).isEqualTo(paymentId);
        assertThat(failed.json().path("declaration").path("state").asText()).isEqualTo("FAIL");
        assertThat(control("POST", "/declarations/" + id + "/complete").status()).as("not in progress").isEqualTo(409);
        assertThat(control("GET", "/declarations/CUST_NONE").status()).isEqualTo(404);
        assertThat(control("GET", "/declarations/" + id + "/fail").status()).isEqualTo(405);
    }

    private UmfTestClient.Response control(String method, String path) {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.controlUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package io.github.camelumf.it;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.ErrorCategory;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.CustomsDeclaration;
import io.github.camelumf.model.CustomsDeclarationsResponse;
import io.github.camelumf.model.DeclarationResend;
import io.github.camelumf.model.DeclarationState;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * umf:customs/* and umf:ciq/* (3.16-3.19, 3.50-3.53) and umf:declaration/resend (3.32, 3.54) against the sandbox:
 * requests in the shape of the reference's samples, typed results and headers, the declaration's state seen through
 * the queries, UMF's refusals and the checks before sending.
 */
class CustomsDeclarationTest extends SandboxTestSupport {

    /** The 3.16 sample request for the paid payment's sub-order. */
    static ObjectNode customsRequest(PaidPayment paid, String notifyUrl) {
        ObjectNode body = Examples.tree("3.16-customs-request.json");
        ObjectNode subOrder = (ObjectNode) body.get("sub_order");
        subOrder.put("mer_sub_reference_id", subReference(paid));
        subOrder.putArray("items").addObject().put("mer_item_id", "ITEM0001");
        ((ObjectNode) body.get("sub_order_amount")).put("total", "100.00").put("total_cny", "100.00");
        body.put("notify_url", notifyUrl);
        return body;
    }

    static String subReference(PaidPayment paid) {
        return paid.reference().substring(0, 16);
    }

    @Test
    void customsDeclarationByPaymentIdIsTreatedUntilCustomsDeclaresIt() {
        PaidPayment paid = payByCard("100.00");
        ObjectNode request = customsRequest(paid, "http://127.0.0.1:9/customs-notify");

        Exchange applied = call("umf:customs/apply", request, Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        CustomsDeclarationsResponse answer = applied.getMessage().getBody(CustomsDeclarationsResponse.class);
        CustomsDeclaration declaration = answer.getDeclaration();
        String id = applied.getMessage().getHeader(UmfConstants.CUSTOMS_DECLARATION_ID, String.class);
        assertThat(id).startsWith("CUST_").isEqualTo(declaration.getId());
        assertThat(declaration.getCustomsId()).isEqualTo("NB");
        assertThat(declaration.getSubOrderAmount().getTotal()).isEqualByComparingTo("100.00");
        assertThat(declaration.getSubOrder().getSubCustomsTrace()).matches("\\d{16}");
        assertThat(answer.findLink("parent_payment").orElseThrow().getHref()).endsWith("/payments/payment/" + paid.id());
        RecordedRequest sent = lastRequest();
        assertThat(sent.apiPath()).isEqualTo("/payments/payment/" + paid.id() + "/apply_to_customs");
        assertThat(JsonShapes.of(json(sent))).isEqualTo(JsonShapes.of(Examples.tree("3.16-customs-request.json")));

        Exchange treated = send("umf:customs/get", null, Map.of(UmfConstants.CUSTOMS_DECLARATION_ID, id));
        assertThat(treated.getException()).isInstanceOfSatisfying(UmfApiException.class, e -> {
            assertThat(e.getRetCode()).isEqualTo("00280046");
            assertThat(e.getCategory()).isEqualTo(ErrorCategory.CUSTOMS);
        });

        SANDBOX.completeDeclaration(id);

        Exchange queried = call("umf:customs/get", null, Map.of(UmfConstants.CUSTOMS_DECLARATION_ID, id));
        CustomsDeclaration status = queried.getMessage().getBody(CustomsDeclarationsResponse.class).getDeclaration();
        assertThat(status.getState()).isEqualTo(DeclarationState.SUCCESS);
        assertThat(status.getCustomsClearanceDate()).matches("\\d{8}");
        assertThat(queried.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("SUCCESS");
        assertThat(lastRequest().method()).isEqualTo("GET");
        assertThat(lastRequest().apiPath()).isEqualTo("/payments/customs_declarations/" + id);
    }

    @Test
    void customsDeclarationByOrderSendsTheCitizenIdEncryptedAndIsQueriedByOrder() {
        PaidPayment paid = payByCard("100.00");
        CustomsDeclaration declaration = UmfJson.fromTree(Examples.tree("3.50-customs-by-order-request.json"),
                CustomsDeclaration.class);
        declaration.getSubOrder().setMerSubReferenceId(subReference(paid));
        declaration.getSubOrder().getItems().get(0).setMerItemId("ITEM0001");
        declaration.setMerDate(TestOrders.today());
        declaration.setCitizenIdType("IDENTITY_CARD");
        declaration.setCitizenIdNumber(TestOrders.CITIZEN_ID);

        Exchange applied = call("umf:customs/applyByOrder", declaration, Map.of());

        CustomsDeclaration answer = applied.getMessage().getBody(CustomsDeclaration.class);
        assertThat(answer.getMerDate()).isEqualTo(TestOrders.today());
        assertThat(answer.getVerifyDepartmentPayTrace()).isNotEmpty();
        assertThat(answer.getId()).as("declarations by order show no id").isNull();
        RecordedRequest sent = lastRequest();
        JsonNode body = json(sent);
        assertThat(body.get("citizen_id_number").asText()).isNotEqualTo(TestOrders.CITIZEN_ID).hasSizeGreaterThan(100);
        assertThat(sent.decryptedFields()).containsEntry("citizen_id_number", TestOrders.CITIZEN_ID);
        assertThat(sent.bodyAsString()).doesNotContain(TestOrders.CITIZEN_ID);
        assertThat(declaration.toString()).doesNotContain(TestOrders.CITIZEN_ID);
        ObjectNode sampleShape = Examples.tree("3.50-customs-by-order-request.json");
        sampleShape.put("citizen_id_type", "").put("citizen_id_number", "");
        assertThat(JsonShapes.of(body)).isEqualTo(JsonShapes.of(sampleShape));

        ObjectNode query = Examples.tree("3.51-customs-query-by-order-request.json");
        ((ObjectNode) query.get("sub_order")).put("mer_sub_reference_id", subReference(paid));
        query.put("mer_date", TestOrders.today());
        assertThat(send("umf:customs/queryByOrder", query, Map.of()).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00280046"));
        SANDBOX.completeDeclaration(SANDBOX.declarationId(subReference(paid), false));

        Exchange queried = call("umf:customs/queryByOrder", query, Map.of());

        CustomsDeclaration status = queried.getMessage().getBody(CustomsDeclaration.class);
        assertThat(status.getState()).isEqualTo(DeclarationState.SUCCESS);
        assertThat(status.getIsCustoms()).isEqualTo("TRUE");
        assertThat(queried.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("SUCCESS");
        assertThat(JsonShapes.of(json(lastRequest())))
                .isEqualTo(JsonShapes.of(Examples.tree("3.51-customs-query-by-order-request.json")));
    }

    @Test
    void ciqDeclarationFollowsTheCustomsDeclarationByIdAndByOrder() {
        PaidPayment paid = payByCard("100.00");
        call("umf:customs/apply", customsRequest(paid, "http://127.0.0.1:9/customs-notify"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));
        ObjectNode request = Examples.tree("3.18-ciq-request.json");
        ((ObjectNode) request.get("sub_order")).put("mer_sub_reference_id", subReference(paid));

        Exchange applied = call("umf:ciq/apply", request, Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        CustomsDeclaration ciq = applied.getMessage().getBody(CustomsDeclaration.class);
        String id = applied.getMessage().getHeader(UmfConstants.CIQ_DECLARATION_ID, String.class);
        assertThat(id).startsWith("CIQ_").isEqualTo(ciq.getId());
        assertThat(ciq.getCiqCode()).isEqualTo("GJHP");
        assertThat(ciq.getSubOrder().getUnknownMember("sub_ciq_trace").asText()).matches("\\d{16}");
        assertThat(JsonShapes.of(json(lastRequest()))).isEqualTo(JsonShapes.of(Examples.tree("3.18-ciq-request.json")));
        assertThat(send("umf:ciq/get", null, Map.of(UmfConstants.CIQ_DECLARATION_ID, id)).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00280049"));

        SANDBOX.completeDeclaration(id);

        Exchange queried = call("umf:ciq/get?ciqDeclarationId=" + id, null, Map.of());
        assertThat(queried.getMessage().getBody(CustomsDeclaration.class).getState()).isEqualTo(DeclarationState.SUCCESS);
        assertThat(queried.getMessage().getHeader(UmfConstants.CIQ_DECLARATION_ID)).isEqualTo(id);
        ObjectNode query = Examples.tree("3.53-ciq-query-by-order-request.json");
        ((ObjectNode) query.get("sub_order")).put("mer_sub_reference_id", subReference(paid));
        query.put("mer_date", TestOrders.today());
        Exchange byOrder = call("umf:ciq/queryByOrder", query, Map.of());
        assertThat(byOrder.getMessage().getBody(CustomsDeclaration.class).getState()).isEqualTo(DeclarationState.SUCCESS);
        assertThat(byOrder.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("SUCCESS");
    }

    @Test
    void ciqDeclarationByOrderAnswersTheSampleMembers() {
        PaidPayment paid = payByCard("100.00");
        ObjectNode customs = customsRequest(paid, "http://127.0.0.1:9/customs-notify");
        customs.put("mer_date", TestOrders.today());
        call("umf:customs/applyByOrder", customs, Map.of());
        ObjectNode request = Examples.tree("3.52-ciq-by-order-request.json");
        ((ObjectNode) request.get("sub_order")).put("mer_sub_reference_id", subReference(paid));
        request.put("mer_date", TestOrders.today());

        Exchange applied = call("umf:ciq/applyByOrder", request, Map.of());

        CustomsDeclaration ciq = applied.getMessage().getBody(CustomsDeclaration.class);
        assertThat(ciq.getMerDate()).isEqualTo(TestOrders.today());
        assertThat(ciq.getPlatSupplierNo()).isEqualTo("56546546");
        assertThat(ciq.getCiqClearanceDate()).matches("\\d{8}");
        assertThat(JsonShapes.of(json(lastRequest())))
                .isEqualTo(JsonShapes.of(Examples.tree("3.52-ciq-by-order-request.json")));
        assertThat(SANDBOX.declarationId(subReference(paid), true)).startsWith("CIQ_");
    }

    @Test
    void failedDeclarationIsResent() {
        PaidPayment paid = payByCard("100.00");
        String id = call("umf:customs/apply", customsRequest(paid, "http://127.0.0.1:9/customs-notify"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id())).getMessage()
                .getHeader(UmfConstants.CUSTOMS_DECLARATION_ID, String.class);
        SANDBOX.failDeclaration(id);
        assertThat(send("umf:customs/get", null, Map.of(UmfConstants.CUSTOMS_DECLARATION_ID, id)).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00280047"));
        DeclarationResend resend = new DeclarationResend();
        resend.setMerReferenceId(subReference(paid));
        resend.setDeclareType(DeclarationResend.CUSTOMS);

        Exchange resent = call("umf:declaration/resend", resend, Map.of());

        DeclarationResend echo = resent.getMessage().getBody(DeclarationResend.class);
        assertThat(echo.getMerReferenceId()).isEqualTo(subReference(paid));
        assertThat(echo.getDeclareType()).isEqualTo("0");
        assertThat(SANDBOX.declaration(id).path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(JsonShapes.of(json(lastRequest())))
                .isEqualTo(JsonShapes.of(Examples.tree("3.54-declare-again-request.json")));
        assertThat(send("umf:customs/get", null, Map.of(UmfConstants.CUSTOMS_DECLARATION_ID, id)).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00280046"));
    }

    @Test
    void unpaidPaymentsAreNotDeclared() {
        String reference = TestOrders.newReference();
        String unpaid = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", reference, "100.00"), Map.of())
                .getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        ObjectNode request = customsRequest(new PaidPayment(unpaid, reference), "http://127.0.0.1:9/customs-notify");

        Exchange refused = send("umf:customs/apply", request, Map.of(UmfConstants.PAYMENT_ID, unpaid));

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfApiException.class, e -> {
            assertThat(e.getRetCode()).isEqualTo("00060764");
            assertThat(e.getCategory()).isEqualTo(ErrorCategory.ORDER_STATE);
        });
        ObjectNode ciq = Examples.tree("3.18-ciq-request.json");
        ((ObjectNode) ciq.get("sub_order")).put("mer_sub_reference_id", reference.substring(0, 16));
        assertThat(send("umf:ciq/apply", ciq, Map.of(UmfConstants.PAYMENT_ID, unpaid)).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00060764"));
    }

    @Test
    void badDeclarationsAreRefusedBeforeSending() {
        int before = SANDBOX.requests().size();
        ObjectNode customs = Examples.tree("3.16-customs-request.json");
        customs.put("customs_id", "XXHG");
        ObjectNode ciq = Examples.tree("3.52-ciq-by-order-request.json");
        ciq.remove("mer_date");
        ObjectNode resend = Examples.tree("3.54-declare-again-request.json");
        resend.put("declare_type", "9");

        assertRefused(send("umf:customs/apply", customs, Map.of(UmfConstants.PAYMENT_ID, "PAY_X")), "customs_id");
        assertRefused(send("umf:ciq/applyByOrder", ciq, Map.of()), "mer_date");
        assertRefused(send("umf:declaration/resend", resend, Map.of()), "declare_type");
        assertRefused(send("umf:customs/get", null, Map.of()), "customsDeclarationId");
        assertThat(SANDBOX.requests()).hasSize(before);
    }

    private static void assertRefused(Exchange exchange, String field) {
        assertThat(exchange.getException()).isInstanceOfSatisfying(UmfValidationException.class,
                e -> assertThat(e.getField()).isEqualTo(field));
    }

    private static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = SANDBOX.requests();
        return requests.get(requests.size() - 1);
    }

    private static JsonNode json(RecordedRequest request) {
        return UmfJson.parseObject(request.body());
    }
}

package io.github.camelumf.operation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Customs and CIQ declarations (3.16-3.19, 3.32, 3.50-3.54): the fourth table of operations.md. All rows pending:
 * they come with the declaration rows of issue 6.
 */
public final class DeclarationOperations {

    private static final String PENDING = "issue 6 (declaration rows): not implemented yet";

    public static final UmfOperation CUSTOMS_APPLY = UmfOperation
            .post("customs/apply", "/payments/payment/{payment_id}/apply_to_customs").pathParam("payment_id", "paymentId")
            .result(JsonNode.class, "customs_declarations", "links").pending(PENDING).build();

    public static final UmfOperation CUSTOMS_GET = UmfOperation
            .get("customs/get", "/payments/customs_declarations/{id}").pathParam("id", "customsDeclarationId")
            .result(JsonNode.class, "customs_declarations").pending(PENDING).build();

    public static final UmfOperation CUSTOMS_APPLY_BY_ORDER = UmfOperation
            .post("customs/applyByOrder", "/payments/payment/apply_customs").encrypted("citizen_id_number")
            .result(JsonNode.class, "customs_declaration").pending(PENDING).build();

    public static final UmfOperation CUSTOMS_QUERY_BY_ORDER = UmfOperation
            .post("customs/queryByOrder", "/payments/payment/customs_query")
            .result(JsonNode.class, "customs_declaration").pending(PENDING).build();

    public static final UmfOperation CIQ_APPLY = UmfOperation
            .post("ciq/apply", "/payments/payment/{payment_id}/apply_to_ciq").pathParam("payment_id", "paymentId")
            .result(JsonNode.class, "ciq_declarations", "links").pending(PENDING).build();

    public static final UmfOperation CIQ_GET = UmfOperation
            .get("ciq/get", "/payments/ciq_declarations/{id}").pathParam("id", "ciqDeclarationId")
            .result(JsonNode.class, "ciq_declarations").pending(PENDING).build();

    public static final UmfOperation CIQ_APPLY_BY_ORDER = UmfOperation
            .post("ciq/applyByOrder", "/payments/payment/apply_to_ciq")
            .result(JsonNode.class, "ciq_declarations").pending(PENDING).build();

    public static final UmfOperation CIQ_QUERY_BY_ORDER = UmfOperation
            .post("ciq/queryByOrder", "/payments/ciq_declarations")
            .result(JsonNode.class, "ciq_declarations").pending(PENDING).build();

    public static final UmfOperation DECLARATION_RESEND = UmfOperation.post("declaration/resend", "/declare_again")
            .result(JsonNode.class, "declare_again").pending(PENDING).build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS = List.of(CUSTOMS_APPLY, CUSTOMS_GET, CUSTOMS_APPLY_BY_ORDER,
            CUSTOMS_QUERY_BY_ORDER, CIQ_APPLY, CIQ_GET, CIQ_APPLY_BY_ORDER, CIQ_QUERY_BY_ORDER, DECLARATION_RESEND);

    private DeclarationOperations() {
    }
}

package io.github.camelumf.operation;

import java.util.List;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.CustomsDeclaration;
import io.github.camelumf.model.CustomsDeclarationsResponse;
import io.github.camelumf.model.DeclarationResend;
import io.github.camelumf.validation.BodyRules;

/**
 * Customs and CIQ declarations (3.16-3.19, 3.32, 3.50-3.54): the fourth table of operations.md. Declarations are of
 * paid payments, by payment id or by order reference (sub_order.mer_sub_reference_id and mer_date); a query answers
 * 0000 and the state once customs declared it, else UMF's 3.17 status code (00280045 not sent, 00280046 being
 * treated, 00280047 failed) as a {@code UmfApiException} of category CUSTOMS.
 */
public final class DeclarationOperations {

    public static final UmfOperation CUSTOMS_APPLY = UmfOperation
            .post("customs/apply", "/payments/payment/{payment_id}/apply_to_customs").pathParam("payment_id", "paymentId")
            .wholeResult(CustomsDeclarationsResponse.class, "customs_declarations", "links")
            .rules(BodyRules.CUSTOMS_APPLY)
            .header(UmfConstants.CUSTOMS_DECLARATION_ID, "customs_declarations", "id").build();

    public static final UmfOperation CUSTOMS_GET = UmfOperation
            .get("customs/get", "/payments/customs_declarations/{id}").pathParam("id", "customsDeclarationId")
            .wholeResult(CustomsDeclarationsResponse.class, "customs_declarations")
            .header(UmfConstants.CUSTOMS_DECLARATION_ID, "customs_declarations", "id")
            .header(UmfConstants.STATE, "customs_declarations", "state").build();

    public static final UmfOperation CUSTOMS_APPLY_BY_ORDER = UmfOperation
            .post("customs/applyByOrder", "/payments/payment/apply_customs").encrypted("citizen_id_number")
            .result(CustomsDeclaration.class, "customs_declaration")
            .rules(BodyRules.CUSTOMS_APPLY_BY_ORDER).build();

    public static final UmfOperation CUSTOMS_QUERY_BY_ORDER = UmfOperation
            .post("customs/queryByOrder", "/payments/payment/customs_query")
            .result(CustomsDeclaration.class, "customs_declaration")
            .rules(BodyRules.CUSTOMS_QUERY_BY_ORDER)
            .header(UmfConstants.STATE, "customs_declaration", "state").build();

    public static final UmfOperation CIQ_APPLY = UmfOperation
            .post("ciq/apply", "/payments/payment/{payment_id}/apply_to_ciq").pathParam("payment_id", "paymentId")
            .result(CustomsDeclaration.class, "ciq_declarations", "links")
            .rules(BodyRules.CIQ_APPLY)
            .header(UmfConstants.CIQ_DECLARATION_ID, "ciq_declarations", "id").build();

    public static final UmfOperation CIQ_GET = UmfOperation
            .get("ciq/get", "/payments/ciq_declarations/{id}").pathParam("id", "ciqDeclarationId")
            .result(CustomsDeclaration.class, "ciq_declarations")
            .header(UmfConstants.CIQ_DECLARATION_ID, "ciq_declarations", "id")
            .header(UmfConstants.STATE, "ciq_declarations", "state").build();

    public static final UmfOperation CIQ_APPLY_BY_ORDER = UmfOperation
            .post("ciq/applyByOrder", "/payments/payment/apply_to_ciq")
            .result(CustomsDeclaration.class, "ciq_declarations")
            .rules(BodyRules.CIQ_APPLY_BY_ORDER).build();

    public static final UmfOperation CIQ_QUERY_BY_ORDER = UmfOperation
            .post("ciq/queryByOrder", "/payments/ciq_declarations")
            .result(CustomsDeclaration.class, "ciq_declarations")
            .rules(BodyRules.CIQ_QUERY_BY_ORDER)
            .header(UmfConstants.STATE, "ciq_declarations", "state").build();

    public static final UmfOperation DECLARATION_RESEND = UmfOperation.post("declaration/resend", "/declare_again")
            .result(DeclarationResend.class, "declare_again")
            .rules(BodyRules.DECLARATION_RESEND).build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS = List.of(CUSTOMS_APPLY, CUSTOMS_GET, CUSTOMS_APPLY_BY_ORDER,
            CUSTOMS_QUERY_BY_ORDER, CIQ_APPLY, CIQ_GET, CIQ_APPLY_BY_ORDER, CIQ_QUERY_BY_ORDER, DECLARATION_RESEND);

    private DeclarationOperations() {
    }
}

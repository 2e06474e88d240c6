package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import static io.github.camelumf.validation.FieldRules.nonEmptyArray;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the bodies of {@code agreement/unbind} (3.15) and {@code bankAgreement/unbind} (3.57): at least one
 * payer agreement, each naming its card ({@code usr_pay_agreement_id}, 1 to 64 characters) and its payer, by
 * {@code usr_busi_agreement_id} (1 to 64) or by the body's {@code external_customer_id} (1 to 32): UMF's
 * {@code 00280040} "mer_cust_id and usr_busi_agreement_id: at least one is required".
 */
final class AgreementRules {

    private static final FieldPath AGREEMENTS = FieldPath.ROOT.child("payer_agreements");

    private AgreementRules() {
    }

    static void unbind(JsonNode body) {
        String customer = text(body, "external_customer_id", FieldPath.ROOT.child("external_customer_id"), false, 1, 32);
        ArrayNode agreements = nonEmptyArray(body, "payer_agreements", AGREEMENTS, true);
        for (int i = 0; i < agreements.size(); i++) {
            FieldPath path = AGREEMENTS.index(i);
            JsonNode agreement = agreements.get(i);
            if (!agreement.isObject()) {
                throw violation(path, "must be a JSON object");
            }
            text(agreement, "usr_pay_agreement_id", path.child("usr_pay_agreement_id"), true, 1, 64);
            String busi = text(agreement, "usr_busi_agreement_id", path.child("usr_busi_agreement_id"), false, 1, 64);
            if (busi == null && customer == null) {
                throw violation(path.child("usr_busi_agreement_id"), "is required when external_customer_id is absent");
            }
        }
    }
}

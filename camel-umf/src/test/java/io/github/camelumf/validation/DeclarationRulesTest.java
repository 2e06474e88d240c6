package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.example;
import static io.github.camelumf.validation.Violations.object;

/** The body rules of the declaration rows, starting from the reference's sample requests (3.16-3.54). */
class DeclarationRulesTest {

    private static final String CUSTOMS_LIST = "must be one of CQZS, GZHG, BJZS, NB, ZZZS, QDZS, SZHG, HZHG, SHHG, FZHG,"
                                               + " PTHG, FSHG, WHHG";

    @Test
    void theReferenceSamplesAreValid() {
        assertValid("customs/apply", example("3.16-customs-request.json"));
        assertValid("customs/applyByOrder", example("3.50-customs-by-order-request.json"));
        assertValid("customs/queryByOrder", example("3.51-customs-query-by-order-request.json"));
        assertValid("ciq/apply", example("3.18-ciq-request.json"));
        assertValid("ciq/applyByOrder", example("3.52-ciq-by-order-request.json"));
        assertValid("ciq/queryByOrder", example("3.53-ciq-query-by-order-request.json"));
        assertValid("declaration/resend", example("3.54-declare-again-request.json"));
    }

    @Test
    void customsChannelAndCodesAreChecked() {
        ObjectNode body = example("3.16-customs-request.json");
        body.put("customs_id", "XXHG");
        assertViolation("customs/apply", body, "customs_id", CUSTOMS_LIST, "XXHG");
        body = example("3.16-customs-request.json");
        body.put("mer_customs_code", "1234567890123456");
        assertViolation("customs/apply", body, "mer_customs_code", "must be 1 to 15 characters", "1234567890123456");
        body = example("3.16-customs-request.json");
        body.remove("ec_plat_id");
        assertViolation("customs/apply", body, "ec_plat_id", "is required");
        body = example("3.16-customs-request.json");
        body.put("notify_url", "x".repeat(257));
        assertViolation("customs/apply", body, "notify_url", "must be 1 to 256 characters");
    }

    @Test
    void freightAndTaxMayBeZeroButNotNegativeAndTheSubOrderAmountMustBePositive() {
        ObjectNode body = example("3.16-customs-request.json");
        object(body, "/tax_amount").put("total", "-1.00");
        assertViolation("customs/apply", body, "tax_amount.total", "must be a decimal amount of zero or more with at"
                                                                 + " most 10 digits before and 2 after the point", "-1.00");
        body = example("3.16-customs-request.json");
        object(body, "/freight_amount").put("total", "1.234");
        assertViolation("customs/apply", body, "freight_amount.total", "must be a decimal amount of zero or more with"
                                                                      + " at most 10 digits before and 2 after the point");
        body = example("3.16-customs-request.json");
        object(body, "/sub_order_amount").put("total", "0");
        assertViolation("customs/apply", body, "sub_order_amount.total", "must be greater than zero");
        body = example("3.16-customs-request.json");
        object(body, "/freight_amount").put("currency", "XYZ");
        assertViolation("customs/apply", body, "freight_amount.currency",
                io.github.camelumf.validation.FieldRules.oneOfRule(Currencies.codes()), "XYZ");
    }

    @Test
    void theSubOrderAndItsItemsAreChecked() {
        ObjectNode body = example("3.16-customs-request.json");
        body.remove("sub_order");
        assertViolation("customs/apply", body, "sub_order", "is required");
        body = example("3.16-customs-request.json");
        object(body, "/sub_order").put("mer_sub_reference_id", "123");
        assertViolation("customs/apply", body, "sub_order.mer_sub_reference_id", "must be 4 to 16 characters");
        body = example("3.16-customs-request.json");
        object(body, "/sub_order/items/1").put("mer_item_id", "");
        assertViolation("customs/apply", body, "sub_order.items[1].mer_item_id", "must be 1 to 32 characters");
    }

    @Test
    void byOrderNeedsARealOrderDateAndAnIdentityCard() {
        ObjectNode body = example("3.50-customs-by-order-request.json");
        body.put("mer_date", "20200231");
        assertViolation("customs/applyByOrder", body, "mer_date", "must be yyyyMMdd and a real date");
        body = example("3.50-customs-by-order-request.json");
        body.remove("mer_date");
        assertViolation("customs/applyByOrder", body, "mer_date", "is required");
        body = example("3.50-customs-by-order-request.json");
        body.put("citizen_id_type", "PASSPORT");
        body.put("citizen_id_number", "110101199003071234");
        assertViolation("customs/applyByOrder", body, "citizen_id_type", "must be IDENTITY_CARD", "110101199003071234");
        body = example("3.51-customs-query-by-order-request.json");
        body.put("is_customs", "YES");
        assertViolation("customs/queryByOrder", body, "is_customs", "must be TRUE or FALSE");
        body = example("3.53-ciq-query-by-order-request.json");
        body.remove("sub_order");
        assertViolation("ciq/queryByOrder", body, "sub_order", "is required");
    }

    @Test
    void ciqChannelAndPlatformAreChecked() {
        ObjectNode body = example("3.18-ciq-request.json");
        body.put("ciq_code", "XXXX");
        assertViolation("ciq/apply", body, "ciq_code", "must be GJHP or GJNS", "XXXX");
        body = example("3.52-ciq-by-order-request.json");
        body.put("plat_supplier_no", "123");
        assertViolation("ciq/applyByOrder", body, "plat_supplier_no", "must be 4 to 60 characters");
        body = example("3.52-ciq-by-order-request.json");
        body.put("mer_date", "2020-01-15");
        assertViolation("ciq/applyByOrder", body, "mer_date", "must be yyyyMMdd and a real date");
    }

    @Test
    void resendNamesTheOrderAndTheKind() {
        ObjectNode body = example("3.54-declare-again-request.json");
        body.put("declare_type", "2");
        assertViolation("declaration/resend", body, "declare_type", "must be 0 or 1");
        body = example("3.54-declare-again-request.json");
        body.remove("mer_reference_id");
        assertViolation("declaration/resend", body, "mer_reference_id", "is required");
    }
}

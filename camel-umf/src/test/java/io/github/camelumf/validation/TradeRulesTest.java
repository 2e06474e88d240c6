package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.example;
import static io.github.camelumf.validation.Violations.object;

/**
 * The body rules of the B2B (4.1, 11), remittance (9) and tuition (10) operations, starting from the reference's
 * samples; samples that show *enc* fields as ciphertext get the plaintext a route sends.
 */
class TradeRulesTest {

    private static final String ID_CARD = "11010519491231002X";

    @Test
    void referenceSamplesAreValid() {
        assertValid("enterprise/register", example("4.1-enterprise-register-request.json"));
        assertValid("b2b/orderDetail", example("11.4-b2b-order-detail-request.json"));
        assertValid("b2b/qualification", qualification());
        assertValid("b2b/payee", payee("11.3-payee-request.json"));
        assertValid("remittance/payee", payee("9.2-payee-request.json"));
        assertValid("b2b/confirm", example("11.5-b2b-confirm-request.json").put("payee_account", "030104060"));
        assertValid("remittance/confirm", example("9.4-confirm-payment-request.json").put("payee_account", "0301"));
        assertValid("remittance/orderItem", orderItem());
        assertValid("tuition/order", tuitionOrder());
    }

    @Test
    void enterpriseRegistrationNeedsItsIdOfAtMost16AndAKnownBusinessType() {
        ObjectNode body = example("4.1-enterprise-register-request.json");
        ObjectNode enterprise = object(body, "/enterprise_qualification");

        enterprise.put("busi_type", "XXHG");
        assertViolation("enterprise/register", body, "enterprise_qualification.busi_type", "must be SJHG or GFHG");
        enterprise.put("busi_type", "SJHG").put("external_enterprise_id", "1".repeat(17));
        assertViolation("enterprise/register", body, "enterprise_qualification.external_enterprise_id",
                "must be 1 to 16 characters");
        body.remove("enterprise_qualification");
        assertViolation("enterprise/register", body, "enterprise_qualification", "is required");
    }

    @Test
    void qualificationNeedsCodesOfTheirLengthAValidIdentityNumberAndAMobilePhone() {
        ObjectNode body = qualification();
        body.put("area_code", "11000");
        assertViolation("b2b/qualification", body, "area_code", "must be exactly 6 digits");
        body = qualification().put("cert_num", "110105194912310021");
        assertViolation("b2b/qualification", body, "cert_num", "must end with the identity number's check character",
                "110105194912310021");
        body = qualification().put("phone", "2843585978");
        assertViolation("b2b/qualification", body, "phone", "must be an 11-digit mobile number starting with 1",
                "2843585978");
        body = qualification().put("is_tax_free", "YES");
        assertViolation("b2b/qualification", body, "is_tax_free", "must be Y or N");
    }

    @Test
    void payeeNameAndAddressTogetherAreAtMost130Characters() {
        ObjectNode body = payee("9.2-payee-request.json");
        body.put("payee_name", "N".repeat(65)).put("payee_address", "A".repeat(64));
        assertValid("remittance/payee", body);
        body.put("payee_address", "A".repeat(65));
        assertViolation("remittance/payee", body, "payee_address",
                "with payee_name and the space between them must be at most 130 characters", "AAAAAAAAAA");
        body = payee("11.3-payee-request.json").put("payee_country", "US");
        assertViolation("b2b/payee", body, "payee_country", "must be a 3-letter country code (9.7)");
    }

    @Test
    void orderItemPriceTimesCountIsTheAmountAndOrderAndPayTimesDiffer() {
        assertViolation("remittance/orderItem", orderItem().put("Damount", "241"), "Damount",
                "must equal goods_unitPrice x goods_sum");
        assertViolation("remittance/orderItem", orderItem().put("goods_sum", "0"), "goods_sum",
                "must be a positive whole number");
        assertViolation("remittance/orderItem", orderItem().put("pay_time", "2020-10-14 15:06:14"), "pay_time",
                "must differ from order_time");
        assertViolation("remittance/orderItem", orderItem().put("order_time", "2020-10-14T15:06:14"), "order_time",
                "must be yyyy-MM-dd HH:mm:ss");
        assertViolation("remittance/orderItem", orderItem().put("payer_IDCard", "1101051949123"), "payer_IDCard",
                "must be an 18-character identity number", "1101051949123");
    }

    @Test
    void confirmationNeedsAPositiveAmountOfTwoDecimalsAndAKnownCostWay() {
        ObjectNode body = example("11.5-b2b-confirm-request.json").put("payee_account", "030104060");
        assertViolation("b2b/confirm", body.deepCopy().put("Oamount", "100.255"), "Oamount",
                "must have at most 15 digits with at most 2 decimals");
        assertViolation("b2b/confirm", body.deepCopy().put("Oamount", "0"), "Oamount", "must be greater than zero");
        assertViolation("b2b/confirm", body.deepCopy().put("cost_way", "HALF"), "cost_way",
                "must be FULL_AMOUNT or UN_FULL_AMOUNT");
        body.remove("mer_batchno");
        assertViolation("b2b/confirm", body, "mer_batchno", "is required");
    }

    @Test
    void b2bOrderDetailNeedsARealContractDateAndAnEightDigitBusinessCode() {
        ObjectNode body = example("11.4-b2b-order-detail-request.json");
        assertViolation("b2b/orderDetail", body.deepCopy().put("contract_date", "20201320"), "contract_date",
                "must be yyyyMMdd and a real date");
        assertViolation("b2b/orderDetail", body.deepCopy().put("business_code", "0112203"), "business_code",
                "must be exactly 8 digits");
        assertViolation("b2b/orderDetail", body.deepCopy().put("val_pattern", "USD"), "val_pattern",
                "must be CNY_VALUATION or FOREIGN_VALUATION");
    }

    @Test
    void tuitionOrderNeedsTheFilePathAndAValidPayer() {
        ObjectNode body = tuitionOrder();
        body.remove("file_path");
        assertViolation("tuition/order", body, "file_path", "is required");
        assertViolation("tuition/order", tuitionOrder().put("payer_phone", "5081972822"), "payer_phone",
                "must be an 11-digit mobile number starting with 1");
        assertViolation("tuition/order", tuitionOrder().put("pri_currency", "cny"), "pri_currency",
                "must be a 3-letter currency code");
    }

    private static ObjectNode qualification() {
        ObjectNode body = example("11.1-qualification-request.json");
        body.put("cust_code", "889956966").put("cust_name", "Hong Kong Kowloon")
                .put("cust_addr", "Kowloon Village, Hong Kong").put("rep_nm", "企联动").put("cert_num", ID_CARD)
                .put("phone", "18435859788").put("cont_aact", "Chan").put("company_phone", "85212345678");
        return body;
    }

    private static ObjectNode payee(String sample) {
        return example(sample).put("payee_account", "030104060").put("payee_name", "Bank Corporation")
                .put("payee_address", "1 Queen's Road, Hong Kong").put("payee_swift", "HSBCHKHHXXX")
                .put("iban", "HK0012345678");
    }

    private static ObjectNode orderItem() {
        return example("9.3-order-item-request.json").put("payer_name", "张三").put("payer_IDCard", ID_CARD);
    }

    private static ObjectNode tuitionOrder() {
        return example("10.2-tuition-order-request.json").put("payer_name", "张三").put("payer_id_card", ID_CARD);
    }
}

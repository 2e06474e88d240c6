package io.github.camelumf.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Plaintext request bodies of the B2B, remittance and tuition operations, as a route would send them (Maps). */
final class TradeRequests {

    /** A resident identity number with a valid check character. */
    static final String ID_CARD = "11010519491231002X";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 10_000_000);

    private TradeRequests() {
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    static Map<String, Object> enterprise(String externalId) {
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("external_enterprise_id", externalId);
        enterprise.put("enterprise_name", "华西电子商务有限公司");
        enterprise.put("enterprise_phone", "13241359611");
        enterprise.put("enterprise_email", "fengjian@umpay.com");
        enterprise.put("enterprise_contact", "FengJian1");
        enterprise.put("busi_type", "GFHG");
        enterprise.put("enterprise_code", "90000331");
        return Map.of("enterprise_qualification", enterprise);
    }

    static Map<String, Object> qualification(String custCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cust_code", custCode);
        body.put("cust_name", "Kowloon Trading");
        body.put("area_code", "110000");
        body.put("country_code", "HKG");
        body.put("cust_addr", "Kowloon Village, Hong Kong");
        body.put("industry_code", "0105");
        body.put("attr_code", "120");
        body.put("is_tax_free", "N");
        body.put("tax_free_code", "00");
        body.put("rep_nm", "企联动");
        body.put("cert_type", "1");
        body.put("cert_num", ID_CARD);
        body.put("phone", "18435859788");
        body.put("cont_aact", "Chan Tai Man");
        body.put("company_phone", "85212345678");
        return body;
    }

    static Map<String, Object> qualificationQuery(String custCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cust_code", custCode);
        body.put("cust_name", "Kowloon Trading");
        return body;
    }

    static Map<String, Object> payee(String account, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payee_account", account);
        body.put("payee_name", name);
        body.put("payee_address", "1 Queen's Road, Hong Kong");
        body.put("payee_swift", "HSBCHKHHXXX");
        body.put("iban", "HK0012345678");
        body.put("payee_bank_name", "石景山分行");
        body.put("payee_bank_address", "中国-银行");
        body.put("payee_country", "USA");
        return body;
    }

    static Map<String, Object> b2bOrderDetail(String batch, String orderId, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mer_batchno", batch);
        body.put("mer_orderId", orderId);
        body.put("contract_no", "08241751");
        body.put("contract_date", "20201020");
        body.put("business_code", "01122030");
        body.put("val_pattern", "FOREIGN_VALUATION");
        body.put("currency", "USD");
        body.put("Damount", amount);
        body.put("order_sub_type", "4");
        body.put("logistics_no", "0824175129019104");
        return body;
    }

    static Map<String, Object> confirm(String batch, String account, String amount, String valuation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mer_batchno", batch);
        body.put("payee_account", account);
        body.put("business_code", "01122030");
        body.put("currency", "USD");
        body.put("val_pattern", valuation);
        body.put("remit_information", "success");
        body.put("Oamount", amount);
        body.put("cost_way", "UN_FULL_AMOUNT");
        return body;
    }

    static Map<String, Object> orderItem(String batch, String orderId, String price, String count, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mer_batchno", batch);
        body.put("business_code", "01122030");
        body.put("currency", "USD");
        body.put("mer_orderId", orderId);
        body.put("goods_type", "FOOD");
        body.put("goods_name", "Levi's");
        body.put("goods_unitPrice", price);
        body.put("goods_sum", count);
        body.put("Damount", amount);
        body.put("payer_name", "张三");
        body.put("payer_IDCard", ID_CARD);
        body.put("payer_phone", "13131313131");
        body.put("order_time", "2020-10-14 15:06:14");
        body.put("pay_time", "2020-10-14 18:01:08");
        body.put("val_pattern", "CNY_VALUATION");
        body.put("logistics_no", "1014180108436103");
        return body;
    }

    static Map<String, Object> tuitionOrder(String orderId, String filePath) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mer_order_id", orderId);
        body.put("trade_no", "USD210917031802000000009");
        body.put("currency", "CNY");
        body.put("Oamount", "1000");
        body.put("payer_name", "张三");
        body.put("payer_id_card", ID_CARD);
        body.put("payer_phone", "15081972822");
        body.put("pri_currency", "CNY");
        body.put("pri_amount", "15081");
        body.put("school_name", "北大");
        body.put("school_address", "五道口");
        body.put("school_country", "中国");
        body.put("file_path", filePath);
        return body;
    }
}

package io.github.camelumf.it;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Request bodies for the tests, as JSON text the way a route might carry them. Card data is plaintext here: the
 * component must encrypt it before it leaves.
 */
final class TestOrders {

    static final String CARD_NUMBER = "6222021234567890123";
    static final String CVV2 = "987";
    static final String VALID_DATE = "2812";
    static final String CITIZEN_ID = "110101199003071234";
    static final String PAYER_NAME = "王小明";
    static final String PHONE = "13552105741";

    private TestOrders() {
    }

    static String newReference() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    static String today() {
        return LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** A payment/create body for a B2C server-to-server payment of {@code total} CNY with one goods sub-order. */
    static String payment(String method, String reference, String total) {
        return payment(method, "SERVER_TO_SERVER", "B2C", reference, total, "CNY");
    }

    static String payment(String method, String interfaceType, String businessType, String reference, String total,
                          String currency) {
        String bankCode = "DIRECT_TO_BANK".equals(interfaceType) || method.endsWith("_CARD") ? "\"bank_code\":\"BOC\"," : "";
        String wechatWeb = "WECHAT_WEB".equals(method)
                ? ",\"wechat_in_app_web\":{\"open_id\":\"oEufkwGogWxfOlYilVepVpX4sUcs\",\"citizen_id_type\":\"IDENTITY_CARD\","
                  + "\"citizen_id_number\":\"" + CITIZEN_ID + "\"}"
                : "";
        return """
                {"payer":{"payment_method":"%s",%s"payer_info":{"phone":"%s"%s},"interface_type":"%s","business_type":"%s"},
                 "order":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"%s","currency":"%s"},
                   "order_summary":"Camel UMF test order","expire_time":"360","user_ip":"127.0.0.1",
                   "sub_orders":[{"mer_sub_reference_id":"%s","trans_code":"01122030",
                     "amount":{"total":"%s","currency":"%s"},"is_customs":"FALSE","invoice_id":"INV0001",
                     "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"2",
                       "description":"banana","amount":{"total":"%s","currency":"%s"}}]}]},
                 "notify_url":"http://127.0.0.1:9/umf/notify",
                 "risk_info":{"trans_type":"02"}}
                """.formatted(method, bankCode, PHONE, wechatWeb, interfaceType, businessType, reference, today(), total, currency,
                reference.substring(0, 16), total, currency, total, currency);
    }

    /** The payer of payment/verify and payment/execute for a credit card, with the verify code when given. */
    static String cardPayer(String method, String verifyCode) {
        String code = verifyCode == null ? "" : ",\"verify_code\":\"" + verifyCode + "\"";
        return """
                {"payer":{"payment_method":"%s","bank_code":"BOC","payer_info":{"bank_card":{
                  "number":"%s","valid_date":"%s","cvv2":"%s","citizen_id_type":"IDENTITY_CARD",
                  "citizen_id_number":"%s","payer_name":"%s","phone":"%s"%s}}}}
                """.formatted(method, CARD_NUMBER, VALID_DATE, CVV2, CITIZEN_ID, PAYER_NAME, PHONE, code);
    }

    /** A refund/create or refund/async body for {@code total} of the payment's single sub-order. */
    static String refund(String paymentReference, String reference, String total, String currency) {
        return """
                {"refund_info":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"%s","currency":"%s"},
                  "sub_orders":[{"mer_sub_reference_id":"%s","trans_code":"01122030",
                    "amount":{"total":"%s","currency":"%s"},
                    "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"1",
                      "description":"banana","amount":{"total":"%s","currency":"%s"}}]}]},
                 "notify_url":"http://127.0.0.1:9/umf/refund-notify"}
                """.formatted(reference, today(), total, currency, paymentReference.substring(0, 16), total, currency,
                total, currency);
    }
}

package io.github.camelumf.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/** Request bodies in the reference's shapes (2.2, 2.3, 2.10, 2.13, 4.3, 3.6, 3.7, 3.10). */
final class Payloads {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private Payloads() {
    }

    static String merReferenceId() {
        return "T" + System.currentTimeMillis() % 100_000_000 + SEQUENCE.incrementAndGet();
    }

    static String today() {
        return LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** A payment in CNY 0.02 with one goods sub-order. */
    static String payment(String merReferenceId, String paymentMethod, String interfaceType, String businessType,
                          String payerExtra) {
        return """
                {"payer":{"payment_method":"%s","bank_code":"BOC","payer_info":{"phone":"13552105741"%s},
                  "interface_type":"%s","business_type":"%s"},
                 "order":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"0.02","currency":"CNY"},
                  "order_summary":"CrossBorderOrderSummary","expire_time":"360","user_ip":"10.10.70.134",
                  "sub_orders":[{"mer_sub_reference_id":"S%s","trans_code":"01122030",
                    "amount":{"total":"0.02","currency":"CNY"},"is_customs":"TRUE","invoice_id":"123456",
                    "items":[{"mer_item_id":"I1","type":"FOOD","name":"banana","quantity":"2","description":"banana",
                      "amount":{"total":"0.02","currency":"CNY"}}]}]},
                 "notify_url":"http://127.0.0.1:1/notify","ret_url":"http://127.0.0.1:1/ret",
                 "risk_info":{"trans_type":"02"}}
                """.formatted(paymentMethod, payerExtra, interfaceType, businessType, merReferenceId, today(),
                merReferenceId.substring(Math.max(0, merReferenceId.length() - 12)));
    }

    static String cardPayment(String merReferenceId, String paymentMethod) {
        return payment(merReferenceId, paymentMethod, "SERVER_TO_SERVER", "B2C", "");
    }

    static String verify(UmfTestClient client, String paymentMethod, String cardNumber) {
        return """
                {"payer":{"payment_method":"%s","payer_info":{"bank_card":{
                  "number":"%s","citizen_id_number":"%s","citizen_id_type":"IDENTITY_CARD","payer_name":"%s",
                  "valid_date":"%s","cvv2":"%s","phone":"15754314122"}},"external_customer_id":"911886886911"}}
                """.formatted(paymentMethod, client.enc(cardNumber), client.enc("370124197111250021"),
                client.enc("张三"), client.enc("2812"), client.enc("123"));
    }

    static String execute(UmfTestClient client, String paymentMethod, String cardNumber, String verifyCode) {
        return """
                {"payer":{"payment_method":"%s","bank_code":"BOC","payer_info":{"bank_card":{
                  "number":"%s","citizen_id_number":"","citizen_id_type":"IDENTITY_CARD","payer_name":"",
                  "valid_date":"","cvv2":"","phone":"15754314122","verify_code":"%s"}},
                  "external_customer_id":"911886886911"}}
                """.formatted(paymentMethod, client.enc(cardNumber), verifyCode);
    }

    static String refund(String merReferenceId, String total, String currency) {
        return """
                {"refund_info":{"mer_reference_id":"%s","mer_date":"%s",
                  "amount":{"total":"%s","currency":"%s"}},
                 "notify_url":"http://127.0.0.1:1/refund-notify"}
                """.formatted(merReferenceId, today(), total, currency);
    }

    /** A customs declaration of a sub-order (3.16; with {@code merDate}, 3.50 by order), item I1, CNY 0.02. */
    static String customs(String subReference, String merDate, String notifyUrl) {
        return """
                {"customs_id":"HZHG","mer_customs_code":"123456",
                 "freight_amount":{"total":"0.00","total_cny":"0.00","currency":"CNY"},
                 "tax_amount":{"total":0,"total_cny":0,"currency":"CNY"},
                 "sub_order_amount":{"total":"0.02","total_cny":"0.02","currency":"CNY"},
                 "ec_plat_id":"123456","notify_url":"%s",%s
                 "sub_order":{"mer_sub_reference_id":"%s","items":[{"mer_item_id":"I1"}]}}
                """.formatted(notifyUrl, merDate == null ? "" : "\"mer_date\":\"" + merDate + "\",", subReference);
    }

    /** A CIQ declaration of a sub-order (3.18; with {@code merDate}, 3.52 by order). */
    static String ciq(String subReference, String merDate) {
        return """
                {"sub_order":{"mer_sub_reference_id":"%s"},%s"ciq_code":"GJHP","plat_supplier_no":"56546546"}
                """.formatted(subReference, merDate == null ? "" : "\"mer_date\":\"" + merDate + "\",");
    }

    /** A query by order (3.51, 3.53). */
    static String declarationQuery(String subReference, String merDate) {
        return """
                {"sub_order":{"mer_sub_reference_id":"%s"},"mer_date":"%s"}
                """.formatted(subReference, merDate);
    }
}

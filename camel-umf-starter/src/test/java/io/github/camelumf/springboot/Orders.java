package io.github.camelumf.springboot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Request bodies as JSON text; card data in plain text (the component encrypts it). */
final class Orders {

    private Orders() {
    }

    static String payment(String notifyUrl) {
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        return """
                {"payer":{"payment_method":"CREDIT_CARD","bank_code":"BOC","payer_info":{"phone":"13552105741"},
                  "interface_type":"SERVER_TO_SERVER","business_type":"B2C"},
                 "order":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"100.00","currency":"CNY"},
                   "order_summary":"starter test order","expire_time":"360","user_ip":"127.0.0.1",
                   "sub_orders":[{"mer_sub_reference_id":"%s","trans_code":"01122030",
                     "amount":{"total":"100.00","currency":"CNY"},"is_customs":"FALSE","invoice_id":"INV0001",
                     "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"2",
                       "description":"banana","amount":{"total":"100.00","currency":"CNY"}}]}]},
                 "notify_url":"%s","risk_info":{"trans_type":"02"}}
                """.formatted(reference, today, reference.substring(0, 16), notifyUrl);
    }

    static String cardPayer(String verifyCode) {
        String code = verifyCode == null ? "" : ",\"verify_code\":\"" + verifyCode + "\"";
        return """
                {"payer":{"payment_method":"CREDIT_CARD","bank_code":"BOC","payer_info":{"bank_card":{
                  "number":"6222021234567890123","valid_date":"2812","cvv2":"987","citizen_id_type":"IDENTITY_CARD",
                  "citizen_id_number":"110101199003071234","payer_name":"王小明","phone":"13552105741"%s}}}}
                """.formatted(code);
    }
}

package io.github.camelumf.example.settlement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The demo's order and refund bodies (WeChat QR code payments in CNY, one goods sub-order). */
final class DemoOrders {

    private DemoOrders() {
    }

    static String payment(String reference, String total) {
        return """
                {"payer":{"payment_method":"WECHAT_SCAN","payer_info":{"phone":"13552105741"},
                  "interface_type":"SERVER_TO_SERVER","business_type":"B2C"},
                 "order":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"%s","currency":"CNY"},
                   "order_summary":"Camel UMF settlement demo","expire_time":"360","user_ip":"127.0.0.1",
                   "sub_orders":[{"mer_sub_reference_id":"%s","trans_code":"01122030",
                     "amount":{"total":"%s","currency":"CNY"},"is_customs":"FALSE","invoice_id":"INV0001",
                     "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"2",
                       "description":"banana","amount":{"total":"%s","currency":"CNY"}}]}]},
                 "notify_url":"http://127.0.0.1:9/umf/notify","risk_info":{"trans_type":"02"}}
                """.formatted(reference, today(), total, reference.substring(0, 16), total, total);
    }

    static String refund(String paymentReference, String total) {
        String reference = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return """
                {"refund_info":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"%s","currency":"CNY"},
                  "sub_orders":[{"mer_sub_reference_id":"%s","trans_code":"01122030",
                    "amount":{"total":"%s","currency":"CNY"},
                    "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"1",
                      "description":"banana","amount":{"total":"%s","currency":"CNY"}}]}]},
                 "notify_url":"http://127.0.0.1:9/umf/refund-notify"}
                """.formatted(reference, today(), total, paymentReference.substring(0, 16), total, total);
    }

    private static String today() {
        return LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}

package io.github.camelumf.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request bodies for the benchmarks, as JSON text the way a route carries them (the shapes of the component's
 * integration tests). Card data is plaintext: encrypting it is part of what is measured.
 */
final class Payloads {

    static final String CARD_NUMBER = "6222021234567890123";
    static final String VALID_DATE = "2812";
    static final String CVV2 = "987";
    static final String CITIZEN_ID = "110101199003071234";
    static final String PAYER_NAME = "王小明";
    static final String PHONE = "13552105741";

    private Payloads() {
    }

    static String today() {
        return LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** A B2C server-to-server credit-card payment/create body of 100.00 CNY with one sub-order of one item. */
    static String paymentCreate(String reference, String merDate) {
        return """
                {"payer":{"payment_method":"CREDIT_CARD","bank_code":"BOC","payer_info":{"phone":"%s"},\
                "interface_type":"SERVER_TO_SERVER","business_type":"B2C"},\
                "order":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"100.00","currency":"CNY"},\
                "order_summary":"Camel UMF benchmark order","expire_time":"360","user_ip":"127.0.0.1",\
                "sub_orders":[{"mer_sub_reference_id":"SUB0001","trans_code":"01122030",\
                "amount":{"total":"100.00","currency":"CNY"},"is_customs":"FALSE","invoice_id":"INV0001",\
                "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"2",\
                "description":"banana","amount":{"total":"100.00","currency":"CNY"}}]}]},\
                "notify_url":"http://127.0.0.1:9/umf/notify","risk_info":{"trans_type":"02"}}"""
                .formatted(PHONE, reference, merDate);
    }

    /**
     * A realistic payment/create body of about 1.5 KB: a card payment of 3 sub-orders with 4 items, compact JSON,
     * as it goes on the wire (the bytes that are signed).
     */
    static String signedPaymentBody() {
        StringBuilder items = new StringBuilder();
        String[][] goods = { { "ITEM0001", "FOOD", "banana", "2", "12.00" }, { "ITEM0002", "FOOD", "green tea 500g", "1", "38.00" },
                { "ITEM0003", "COSMETICS", "hand cream 75ml", "3", "135.00" }, { "ITEM0004", "FOOD", "milk powder 900g", "1", "215.00" } };
        StringBuilder subOrders = new StringBuilder();
        int[][] split = { { 0, 1 }, { 2 }, { 3 } };
        for (int s = 0; s < split.length; s++) {
            items.setLength(0);
            java.math.BigDecimal total = java.math.BigDecimal.ZERO.setScale(2);
            for (int i : split[s]) {
                String[] g = goods[i];
                if (items.length() > 0) {
                    items.append(',');
                }
                items.append("""
                        {"mer_item_id":"%s","type":"%s","name":"%s","quantity":"%s","description":"%s",\
                        "amount":{"total":"%s","currency":"CNY"}}""".formatted(g[0], g[1], g[2], g[3], g[2], g[4]));
                total = total.add(new java.math.BigDecimal(g[4]));
            }
            if (subOrders.length() > 0) {
                subOrders.append(',');
            }
            subOrders.append("""
                    {"mer_sub_reference_id":"SUB000%d","trans_code":"01122030","amount":{"total":"%s","currency":"CNY"},\
                    "is_customs":"FALSE","invoice_id":"INV000%d","items":[%s]}""".formatted(s + 1, total, s + 1, items));
        }
        return """
                {"payer":{"payment_method":"CREDIT_CARD","bank_code":"BOC","payer_info":{"phone":"%s"},\
                "interface_type":"SERVER_TO_SERVER","business_type":"B2C"},\
                "order":{"mer_reference_id":"20240315000000012345","mer_date":"20240315",\
                "amount":{"total":"400.00","currency":"CNY"},"order_summary":"Camel UMF benchmark order",\
                "expire_time":"360","user_ip":"127.0.0.1","sub_orders":[%s]},\
                "notify_url":"https://shop.example.com/umf/notify","risk_info":{"trans_type":"02"}}"""
                .formatted(PHONE, subOrders);
    }

    /** The payer of payment/verify for a credit card: the five bank-card fields the catalog marks *enc*. */
    static String cardPayer() {
        return """
                {"payer":{"payment_method":"CREDIT_CARD","bank_code":"BOC","payer_info":{"bank_card":{\
                "number":"%s","valid_date":"%s","cvv2":"%s","citizen_id_type":"IDENTITY_CARD",\
                "citizen_id_number":"%s","payer_name":"%s","phone":"%s"}}}}"""
                .formatted(CARD_NUMBER, VALID_DATE, CVV2, CITIZEN_ID, PAYER_NAME, PHONE);
    }

    /** Unique order references for one trial: a random prefix and a counter, 20 characters. */
    static final class References {
        private final String prefix = String.format("BM%06x", ThreadLocalRandom.current().nextInt(1 << 24));
        private final AtomicLong counter = new AtomicLong();

        String next() {
            return prefix + String.format("%012d", counter.incrementAndGet());
        }
    }
}

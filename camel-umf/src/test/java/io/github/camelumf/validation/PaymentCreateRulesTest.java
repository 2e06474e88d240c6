package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelumf.validation.Violations.array;
import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.object;

/**
 * One test per rule of {@code payment/create}, each on the card payment example of the reference (2.2) with one
 * member changed.
 */
class PaymentCreateRulesTest {

    private static final String CREATE = "payment/create";
    private static final String CURRENCIES = "must be one of CNY, HKD, USD, EUR, JPY, GBP, AUD, CAD, NZD, SGD, MOP, CHF, "
            + "SEK, DKK, NOK";
    private static final String AMOUNT_DIGITS = "must have at most 12 digits with at most 2 decimals";

    private ObjectNode body;
    private ObjectNode payer;
    private ObjectNode order;
    private ObjectNode subOrder;
    private ObjectNode item;

    @BeforeEach
    void cardPaymentOfTheReference() {
        body = Violations.example("2.2-card-create-request.json");
        payer = object(body, "/payer");
        order = object(body, "/order");
        subOrder = object(body, "/order/sub_orders/0");
        item = object(body, "/order/sub_orders/0/items/0");
    }

    @Test
    void referenceCardPaymentIsValid() {
        assertValid(CREATE, body);
    }

    @Test
    void payerIsRequired() {
        body.remove("payer");
        assertViolation(CREATE, body, "payer", "is required");
    }

    @Test
    void payerMustBeAnObject() {
        body.put("payer", "DEBIT_CARD");
        assertViolation(CREATE, body, "payer", "must be a JSON object");
    }

    @Test
    void paymentMethodMustBeKnown() {
        payer.put("payment_method", "PAYPAL");
        assertViolation(CREATE, body, "payer.payment_method", "must be one of CREDIT_CARD, DEBIT_CARD, WECHAT_SCAN, "
                + "WECHAT_IN_APP, WECHAT_WEB, WECHAT_H5, WECHAT_MP, ALIPAY_SCAN, B2C_BANK, B2B_BANK, NOT_APPLICABLE",
                "PAYPAL");
    }

    @Test
    void interfaceTypeIsRequiredToCreate() {
        payer.remove("interface_type");
        assertViolation(CREATE, body, "payer.interface_type", "is required");
    }

    @Test
    void businessTypeMustBeB2cOrB2b() {
        payer.put("business_type", "C2C");
        assertViolation(CREATE, body, "payer.business_type", "must be B2C or B2B");
    }

    @Test
    void paymentMethodMustSuitInterfaceTypeAndBusinessType() {
        payer.put("interface_type", "SERVER_TO_WEB");
        assertViolation(CREATE, body, "payer.payment_method",
                "must be NOT_APPLICABLE with business_type B2C and interface_type SERVER_TO_WEB");
    }

    @Test
    void b2bPaysOnlyDirectToBank() {
        payer.put("business_type", "B2B");
        assertViolation(CREATE, body, "payer.interface_type", "must be DIRECT_TO_BANK with business_type B2B");
    }

    @Test
    void b2bDirectToBankPaysOnlyNotApplicable() {
        payer.put("business_type", "B2B").put("interface_type", "DIRECT_TO_BANK");
        assertViolation(CREATE, body, "payer.payment_method",
                "must be NOT_APPLICABLE with business_type B2B and interface_type DIRECT_TO_BANK");
    }

    @ParameterizedTest
    @CsvSource({"SERVER_TO_SERVER,CREDIT_CARD", "SERVER_TO_SERVER,WECHAT_SCAN", "SERVER_TO_SERVER,ALIPAY_SCAN",
                "SERVER_TO_SERVER,WECHAT_H5", "SERVER_TO_SERVER,WECHAT_MP", "SERVER_TO_H5WEB,NOT_APPLICABLE",
                "SERVER_TO_WEB,NOT_APPLICABLE", "DIRECT_TO_BANK,WECHAT_SCAN", "DIRECT_TO_BANK,ALIPAY_SCAN",
                "DIRECT_TO_BANK,NOT_APPLICABLE"})
    void b2cCombinationsOfTheReferenceAreValid(String interfaceType, String paymentMethod) {
        payer.put("interface_type", interfaceType).put("payment_method", paymentMethod);
        assertValid(CREATE, body);
    }

    @Test
    void b2cSiteToSiteCannotPayByCard() {
        payer.put("interface_type", "SERVER_TO_H5WEB");
        assertViolation(CREATE, body, "payer.payment_method",
                "must be NOT_APPLICABLE with business_type B2C and interface_type SERVER_TO_H5WEB");
    }

    @Test
    void bankCodeIsRequiredForDirectToBankWithNotApplicable() {
        payer.put("interface_type", "DIRECT_TO_BANK").put("payment_method", "NOT_APPLICABLE").remove("bank_code");
        assertViolation(CREATE, body, "payer.bank_code",
                "is required when interface_type is DIRECT_TO_BANK and payment_method is NOT_APPLICABLE");
    }

    @Test
    void externalCustomerIdIsAtMost32Characters() {
        payer.put("external_customer_id", "C".repeat(33));
        assertViolation(CREATE, body, "payer.external_customer_id", "must be 1 to 32 characters");
    }

    @Test
    void orderIsRequired() {
        body.remove("order");
        assertViolation(CREATE, body, "order", "is required");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 33})
    void merReferenceIdIs4To32Characters(int length) {
        order.put("mer_reference_id", "R".repeat(length));
        assertViolation(CREATE, body, "order.mer_reference_id", "must be 4 to 32 characters");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 32})
    void merReferenceIdOf4Or32CharactersIsValid(int length) {
        order.put("mer_reference_id", "R".repeat(length));
        assertValid(CREATE, body);
    }

    @Test
    void merReferenceIdIsRequired() {
        order.remove("mer_reference_id");
        assertViolation(CREATE, body, "order.mer_reference_id", "is required");
    }

    @Test
    void merReferenceIdMustBeAString() {
        order.put("mer_reference_id", 1126144824929101L);
        assertViolation(CREATE, body, "order.mer_reference_id", "must be a JSON string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20180230", "20181326", "2018-11-26", "181126", "2018112", "20181126 "})
    void merDateMustBeARealYyyyMmDdDate(String date) {
        order.put("mer_date", date);
        assertViolation(CREATE, body, "order.mer_date", "must be yyyyMMdd and a real date");
    }

    @Test
    void merDateOfALeapDayIsValid() {
        order.put("mer_date", "20240229");
        assertValid(CREATE, body);
    }

    @Test
    void orderAmountIsRequired() {
        order.remove("amount");
        assertViolation(CREATE, body, "order.amount", "is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.021", "12345678901.00", "0.0200"})
    void amountHasAtMost12DigitsWithAtMost2Decimals(String total) {
        object(order, "/amount").put("total", total);
        assertViolation(CREATE, body, "order.amount.total", AMOUNT_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.02"})
    void amountMustBePositive(String total) {
        object(order, "/amount").put("total", total);
        assertViolation(CREATE, body, "order.amount.total", "must be greater than zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e2", "0,02", ".02", "", " 0.02", "5.", "1.2.3", "-", "-.5", "\uff11\uff10.00"})
    void amountMustBeADecimal(String total) {
        object(order, "/amount").put("total", total);
        assertViolation(CREATE, body, "order.amount.total", "must be a decimal amount such as 10.00");
    }

    @Test
    void largestAmountAndNumericAmountsAreValid() {
        body = Violations.example("2.2-card-create-request.json");
        String max = "9999999999.99";
        object(body, "/order/amount").put("total", max);
        object(body, "/order/sub_orders/0/amount").put("total", new java.math.BigDecimal(max));
        object(body, "/order/sub_orders/0/items/0/amount").put("total", 0.5);
        assertValid(CREATE, body);
    }

    @Test
    void leadingZerosAreNotCountedAsDigits() {
        body = Violations.example("2.2-card-create-request.json");
        object(body, "/order/amount").put("total", "0009999999999.99");
        object(body, "/order/sub_orders/0/amount").put("total", "9999999999.99");
        object(body, "/order/sub_orders/0/items/0/amount").put("total", "00.50");
        assertValid(CREATE, body);

        object(body, "/order/amount").put("total", "00012345678901.00");
        assertViolation(CREATE, body, "order.amount.total", AMOUNT_DIGITS);
    }

    @Test
    void anExchangeRateHasAtMostEightDecimalsAndAKnownCurrency() {
        object(order, "/amount").putObject("exchange_rate").put("currency", "USD").put("rate", "6.123456789");
        assertViolation(CREATE, body, "order.amount.exchange_rate.rate",
                "must have at most 18 digits with at most 8 decimals");

        object(order, "/amount/exchange_rate").put("rate", "6.12345678").put("currency", "RMB");
        assertViolation(CREATE, body, "order.amount.exchange_rate.currency", CURRENCIES);
    }

    @Test
    void currencyMustBeOneOfTheAppendix() {
        object(order, "/amount").put("currency", "RMB");
        assertViolation(CREATE, body, "order.amount.currency", CURRENCIES);
    }

    @Test
    void totalCnyFollowsTheAmountRules() {
        object(order, "/amount").put("total_cny", "0.123");
        assertViolation(CREATE, body, "order.amount.total_cny", AMOUNT_DIGITS);
    }

    @Test
    void orderSummaryIs1To32Characters() {
        order.put("order_summary", "S".repeat(33));
        assertViolation(CREATE, body, "order.order_summary", "must be 1 to 32 characters");
    }

    @Test
    void orderSummaryCountsChineseCharactersOnce() {
        order.put("order_summary", "卡".repeat(32));
        assertValid(CREATE, body);
    }

    @Test
    void expireTimeIsWholeMinutes() {
        order.put("expire_time", "6h");
        assertViolation(CREATE, body, "order.expire_time", "must be a whole number of minutes");
    }

    @Test
    void userIpIsRequiredForWechatInAppAndOfficialAccount() {
        payer.put("payment_method", "WECHAT_IN_APP");
        order.remove("user_ip");
        assertViolation(CREATE, body, "order.user_ip", "is required for WECHAT_IN_APP and WECHAT_WEB payments");
    }

    @Test
    void wechatWebPaymentNeedsTheBuyersOpenId() {
        payer.put("payment_method", "WECHAT_WEB");
        assertViolation(CREATE, body, "payer.payer_info.wechat_in_app_web",
                "is required when payment_method is WECHAT_WEB");
        ((com.fasterxml.jackson.databind.node.ObjectNode) payer.with("payer_info")).putObject("wechat_in_app_web")
                .put("citizen_id_type", "IDENTITY_CARD");
        assertViolation(CREATE, body, "payer.payer_info.wechat_in_app_web.open_id",
                "is required when payment_method is WECHAT_WEB");
        ((com.fasterxml.jackson.databind.node.ObjectNode) payer.with("payer_info").with("wechat_in_app_web"))
                .put("open_id", "oEufkwGogWxfOlYilVepVpX4sUcs");
        assertValid(CREATE, body);
    }

    @Test
    void ifSmsIsYOrN() {
        order.put("if_sms", "yes");
        assertViolation(CREATE, body, "order.if_sms", "must be Y or N");
    }

    @Test
    void studentNameIsAtMost255Characters() {
        order.put("student_name", "N".repeat(256));
        assertViolation(CREATE, body, "order.student_name", "must be at most 255 characters");
    }

    @Test
    void subOrdersAreRequired() {
        order.remove("sub_orders");
        assertViolation(CREATE, body, "order.sub_orders", "is required");
    }

    @Test
    void subOrdersMustNotBeEmpty() {
        array(order, "/sub_orders").removeAll();
        assertViolation(CREATE, body, "order.sub_orders", "must be a JSON array with at least one element");
    }

    @Test
    void transCodeIsRequired() {
        subOrder.remove("trans_code");
        assertViolation(CREATE, body, "order.sub_orders[0].trans_code", "is required");
    }

    @Test
    void transCodeMustBeInTheAppendix() {
        subOrder.put("trans_code", "01122031");
        assertViolation(CREATE, body, "order.sub_orders[0].trans_code",
                "must be a trading code of appendix 8 (such as 01122030 for goods trade)");
    }

    @Test
    void itemsAreRequiredForGoodsTrade() {
        subOrder.remove("items");
        assertViolation(CREATE, body, "order.sub_orders[0].items",
                "is required for goods trade (trans_code 01122030)");
    }

    @Test
    void itemsAreNotRequiredForServices() {
        subOrder.remove("items");
        subOrder.put("trans_code", "03223010");
        assertValid(CREATE, body);
    }

    @Test
    void subOrderAmountsMustAddUpToTheOrderAmount() {
        object(order, "/amount").put("total", "0.03");
        assertViolation(CREATE, body, "order.amount.total", "must equal the sum of the amounts of order.sub_orders");
    }

    @Test
    void subOrdersOfSeveralTradesAddUp() {
        object(order, "/amount").put("total", "10.02");
        array(order, "/sub_orders").addObject().put("trans_code", "08227020").putObject("amount")
                .put("total", "10").put("currency", "CNY");
        assertValid(CREATE, body);
    }

    @Test
    void subOrderAmountIsInTheOrderCurrency() {
        object(subOrder, "/amount").put("currency", "USD");
        assertViolation(CREATE, body, "order.sub_orders[0].amount.currency", "must be the currency of order.amount");
    }

    @Test
    void subOrderAmountIsRequired() {
        subOrder.remove("amount");
        assertViolation(CREATE, body, "order.sub_orders[0].amount", "is required");
    }

    @Test
    void subOrderAmountFollowsTheAmountRules() {
        object(subOrder, "/amount").put("total", "0.015");
        assertViolation(CREATE, body, "order.sub_orders[0].amount.total", AMOUNT_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 17})
    void merSubReferenceIdIs4To16Characters(int length) {
        subOrder.put("mer_sub_reference_id", "S".repeat(length));
        assertViolation(CREATE, body, "order.sub_orders[0].mer_sub_reference_id", "must be 4 to 16 characters");
    }

    @Test
    void subOrderSummaryIs1To32Characters() {
        subOrder.put("order_summary", "");
        assertViolation(CREATE, body, "order.sub_orders[0].order_summary", "must be 1 to 32 characters");
    }

    @Test
    void isCustomsIsTrueOrFalseInAnyCase() {
        subOrder.put("is_customs", "False");
        assertValid(CREATE, body);
        subOrder.put("is_customs", "YES");
        assertViolation(CREATE, body, "order.sub_orders[0].is_customs", "must be TRUE or FALSE");
    }

    @Test
    void invoiceIdIs1To20Characters() {
        subOrder.put("invoice_id", "I".repeat(21));
        assertViolation(CREATE, body, "order.sub_orders[0].invoice_id", "must be 1 to 20 characters");
    }

    @Test
    void itemNameIs1To256Characters() {
        item.put("name", "N".repeat(257));
        assertViolation(CREATE, body, "order.sub_orders[0].items[0].name", "must be 1 to 256 characters");
    }

    @Test
    void itemDescriptionIs1To64Characters() {
        item.put("description", "D".repeat(65));
        assertViolation(CREATE, body, "order.sub_orders[0].items[0].description", "must be 1 to 64 characters");
    }

    @Test
    void itemIdIs1To32Characters() {
        item.put("mer_item_id", "I".repeat(33));
        assertViolation(CREATE, body, "order.sub_orders[0].items[0].mer_item_id", "must be 1 to 32 characters");
    }

    @Test
    void itemTypeIsAGoodsTypeOfSectionFive() {
        item.put("type", "TOYS");
        assertViolation(CREATE, body, "order.sub_orders[0].items[0].type",
                "must be one of CLOTHING, FOOD, ELECTRONIC, COSMETIC, HOUSEHOLD_ITEMS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "0", "2.5", "-1", "two", "\uff11"})
    void itemQuantityIsAWholeNumberOfAtMostTwoDigits(String quantity) {
        item.put("quantity", quantity);
        assertViolation(CREATE, body, "order.sub_orders[0].items[0].quantity", "must be a whole number from 1 to 99");
    }

    @Test
    void itemQuantityMayBeAJsonNumber() {
        item.put("quantity", 99);
        assertValid(CREATE, body);
    }

    @Test
    void itemAmountIsRequired() {
        item.remove("amount");
        assertViolation(CREATE, body, "order.sub_orders[0].items[0].amount", "is required");
    }

    @Test
    void notifyUrlIs1To128Characters() {
        body.put("notify_url", "https://m.example/" + "n".repeat(111));
        assertViolation(CREATE, body, "notify_url", "must be 1 to 128 characters");
    }

    @Test
    void retUrlIs1To128Characters() {
        body.put("ret_url", "");
        assertViolation(CREATE, body, "ret_url", "must be 1 to 128 characters");
    }

    @Test
    void riskInfoMustBeAnObject() {
        body.put("risk_info", "02");
        assertViolation(CREATE, body, "risk_info", "must be a JSON object");
    }

    @Test
    void subMerchantFlagIsYOrN() {
        body.put("subMchId_flag", "1");
        assertViolation(CREATE, body, "subMchId_flag", "must be Y or N");
    }

    @Test
    void verifyCodeGivenAtCreateIs4To8Digits() {
        object(payer, "/payer_info").putObject("bank_card").put("verify_code", "40938");
        assertValid(CREATE, body);
        object(payer, "/payer_info/bank_card").put("verify_code", "12ab");
        assertViolation(CREATE, body, "payer.payer_info.bank_card.verify_code", "must be 4 to 8 digits", "12ab");
    }

    @Test
    void lastFourCardIdIsFourDigits() {
        object(payer, "/payer_info").putObject("payer_agreement").put("last_four_cardid", "12345");
        assertViolation(CREATE, body, "payer.payer_info.payer_agreement.last_four_cardid",
                "must be exactly 4 digits", "12345");
    }

    @Test
    void nullMembersCountAsAbsent() {
        body.putNull("ret_url");
        assertValid(CREATE, body);
        body.putNull("order");
        assertViolation(CREATE, body, "order", "is required");
    }

    @Test
    void firstViolationInDocumentOrderIsReported() {
        payer.put("business_type", "C2C");
        order.put("mer_date", "20181332");
        assertViolation(CREATE, body, "payer.business_type", "must be B2C or B2B");
    }
}

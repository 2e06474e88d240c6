package io.github.camelumf.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed objects expose what the reference's examples carry. */
class TypedExamplesTest {

    @Test
    void cardCreateResponseGivesPaymentStateLinksAndAmountsTyped() {
        PaymentResponse response = read("2.2-card-create-response.json", PaymentResponse.class);

        assertThat(response.isSuccess()).isTrue();
        Payment payment = response.getPayment();
        assertThat(payment.getId()).isEqualTo("PAY_GY4DCMJSGYYTINBYHEZTSMBWGEZDAMJYGEYTENWF");
        assertThat(payment.getState()).isEqualTo(PaymentState.WAIT_BUYER_PAY);
        assertThat(payment.getIsFromUs()).isEqualTo("N");
        assertThat(payment.getPayer().getPaymentMethod()).isEqualTo(PaymentMethod.DEBIT_CARD);
        assertThat(payment.getPayer().getInterfaceType()).isEqualTo(InterfaceType.SERVER_TO_SERVER);
        assertThat(payment.getPayer().getBusinessType()).isEqualTo(BusinessType.B2C);
        assertThat(payment.getOrder().getAmount().getTotal()).isEqualByComparingTo("0.02");
        assertThat(payment.getOrder().getSubOrders().get(0).getItems().get(0).getQuantity()).isEqualTo("2");
        assertThat(response.findLink("sms_verify")).get().extracting(Link::getMethod).isEqualTo("GET");
        assertThat(response.findLink("nothing")).isEmpty();
    }

    @Test
    void executeResponseCarriesTheBoundCardAgreement() {
        PaymentResponse response = read("3.7-execute-response.json", PaymentResponse.class);

        PayerInfo payerInfo = response.getPayment().getPayer().getPayerInfo();
        assertThat(response.getPayment().getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(payerInfo.getPayerAgreement().getUsrPayAgreementId()).isEqualTo("P2018080109324500000000041329281");
        assertThat(payerInfo.getBankCard().getVerifyCode()).isEqualTo("409387");
    }

    @Test
    void wechatResponsesGiveQrCodePayInfoAndH5Url() {
        PaymentResponse qr = read("2.3-wechat-qr-response.json", PaymentResponse.class);
        PaymentResponse web = read("2.5-wechat-web-response.json", PaymentResponse.class);
        PaymentResponse h5 = read("2.8-wechat-h5-response.json", PaymentResponse.class);

        assertThat(qr.getPayment().getPayer().getPayerInfo().getQrCodeScan().getQrCodeUrl())
                .isEqualTo("weixin://wxpay/bizpayurl?pr=8m5G6Ww");
        PayInfo payInfo = web.getPayment().getPayer().getPayerInfo().getWechatInAppWeb().getPayInfo();
        assertThat(payInfo.getPackageValue()).isEqualTo("prepay_id=wx201708101348505fcfd48f770096656564");
        assertThat(payInfo.getSignType()).isEqualTo("MD5");
        assertThat(h5.getPayment().getPayer().getPayerInfo().getWechatH5().getWechatH5Url())
                .startsWith("https%3A%2F%2Fwx.tenpay.com");
    }

    @Test
    void wechatH5UrlIsAlsoReadInTheSpellingOfSectionFive() {
        WechatH5 h5 = UmfJson.fromTree(UmfJson.toTree("{\"wechat_h5_url\":\"https%3A%2F%2Fx\"}"), WechatH5.class);

        assertThat(h5.getWechatH5Url()).isEqualTo("https%3A%2F%2Fx");
    }

    @Test
    void failedWechatInAppResponseKeepsReturnCodeAndHasNoLinks() {
        PaymentResponse response = read("2.6-wechat-in-app-response.json", PaymentResponse.class);

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.getMeta().getRetCode()).isEqualTo("00080557");
        assertThat(response.getLinks()).isNull();
    }

    @Test
    void notificationReturnMessageArrayIsReadAsTextAndKeptAsArray() {
        PaymentResponse notification = read("3.8-notification.json", PaymentResponse.class);

        assertThat(notification.getMeta().getRetMsg()).isEqualTo("SUCCESS");
        assertThat(notification.getMeta().getRetMsgNode().isArray()).isTrue();
        assertThat(notification.getPayment().getPayer().getPaymentMethod()).isEqualTo(PaymentMethod.WECHAT_MP);
        Amount amount = notification.getPayment().getOrder().getAmount();
        assertThat(amount.getTotalCny()).isEqualByComparingTo("0.04");
        assertThat(amount.getExchangeRate().getRate()).isEqualTo(new BigDecimal("1.0"));
    }

    @Test
    void queryResponseKeepsErrorCodeAndExactRateScale() {
        PaymentResponse response = read("3.9-query-response.json", PaymentResponse.class);

        assertThat(response.getMeta().getErrorCode()).isEmpty();
        assertThat(response.getPayment().getOrder().getAmount().getExchangeRate().getRate().toPlainString())
                .isEqualTo("1.0000");
        assertThat(UmfJson.toJson(response)).contains("\"rate\":\"1.0000\"");
    }

    @Test
    void refundResponsesGiveRefundStateAndId() {
        RefundResponse created = read("3.10-refund-response.json", RefundResponse.class);
        RefundResponse queried = read("3.12-refund-query-response.json", RefundResponse.class);

        assertThat(created.getRefund().getState()).isEqualTo(RefundState.REFUND_PROCESS);
        assertThat(created.getRefund().getRefundInfo().getSubOrders()).hasSize(1);
        assertThat(queried.getRefund().getId()).isEqualTo("REFUND_AAAAAAQZBJGT2AJTY24KS");
        assertThat(queried.getRefund().getState()).isEqualTo(RefundState.REFUND_SUCCESS);
    }

    @Test
    void paymentWithRefundsGivesEachRefundWithTimeAndState() {
        PaymentWithRefundsResponse response =
                read("3.13-payment-refunds-response.json", PaymentWithRefundsResponse.class);

        assertThat(response.getPayment().getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(response.getRefund().getRefundInfos()).hasSize(2);
        RefundInfo first = response.getRefund().getRefundInfos().get(0);
        assertThat(first.getRefundState()).isEqualTo(RefundState.REFUND_PROCESS);
        assertThat(first.getRefundTime()).isEqualTo("2019-07-19T11:08:38+0800");
        assertThat(first.getMerReferenceId()).isEqualTo("1635451329");
        assertThat(first.getAmount().getTotal()).isEqualByComparingTo("0.02");
        assertThat(response.refundInfos()).hasSize(2);
        assertThat(new PaymentWithRefundsResponse().refundInfos()).isEmpty();
    }

    @Test
    void refundRequestWithNumericTotalIsReadExactly() {
        RefundRequest request = read("2.11-refund-request.json", RefundRequest.class);

        assertThat(request.getRefundInfo().getSubOrders().get(0).getAmount().getTotal())
                .isEqualTo(new BigDecimal("0.01"));
    }

    private static <T> T read(String example, Class<T> type) {
        return UmfJson.fromTree(Examples.tree(example), type);
    }
}

package io.github.camelumf.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enumerated members UMF may extend never break parsing; the raw value is kept. */
class EnumFallbackTest {

    @Test
    void unknownEnumValuesParseAsUnknownAndAreWrittenBackUnchanged() {
        String json = "{\"payment\":{\"state\":\"TRADE_PENDING_REVIEW\",\"payer\":{\"payment_method\":\"UNION_QR\","
                + "\"interface_type\":\"SERVER_TO_APP\",\"business_type\":\"C2C\"}},"
                + "\"meta\":{\"ret_code\":\"0000\"}}";

        PaymentResponse response = UmfJson.fromTree(UmfJson.toTree(json), PaymentResponse.class);

        Payment payment = response.getPayment();
        assertThat(payment.getState()).isEqualTo(PaymentState.UNKNOWN);
        assertThat(payment.getStateValue()).isEqualTo("TRADE_PENDING_REVIEW");
        assertThat(payment.getPayer().getPaymentMethod()).isEqualTo(PaymentMethod.UNKNOWN);
        assertThat(payment.getPayer().getPaymentMethodValue()).isEqualTo("UNION_QR");
        assertThat(payment.getPayer().getInterfaceType()).isEqualTo(InterfaceType.UNKNOWN);
        assertThat(payment.getPayer().getBusinessType()).isEqualTo(BusinessType.UNKNOWN);
        assertThat(UmfJson.toTree(response)).isEqualTo(UmfJson.toTree(json));
    }

    @Test
    void unknownRefundStateIsKept() {
        Refund refund = UmfJson.fromTree(UmfJson.toTree("{\"state\":\"REFUND_LATER\"}"), Refund.class);

        assertThat(refund.getState()).isEqualTo(RefundState.UNKNOWN);
        assertThat(refund.getStateValue()).isEqualTo("REFUND_LATER");
    }

    @Test
    void aValueLiterallyNamedUnknownIsNotMistakenForAConstant() {
        assertThat(PaymentState.fromValue("UNKNOWN")).isEqualTo(PaymentState.UNKNOWN);
        assertThat(PaymentState.fromValue(null)).isNull();
        assertThat(PaymentState.fromValue("TRADE_CANCEL")).isEqualTo(PaymentState.TRADE_CANCEL);
    }

    @Test
    void unknownCannotBeSentButARawValueCan() {
        Payer payer = new Payer();

        assertThatThrownBy(() -> payer.withPaymentMethod(PaymentMethod.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PaymentMethod.UNKNOWN");
        payer.setPaymentMethodValue("NEW_METHOD");
        assertThat(UmfJson.toJson(payer)).isEqualTo("{\"payment_method\":\"NEW_METHOD\"}");
    }

    @Test
    void typedSettersWriteTheWireValue() {
        Payer payer = new Payer().withPaymentMethod(PaymentMethod.WECHAT_SCAN)
                .withInterfaceType(InterfaceType.DIRECT_TO_BANK).withBusinessType(BusinessType.B2C);

        assertThat(UmfJson.toJson(payer)).isEqualTo(
                "{\"payment_method\":\"WECHAT_SCAN\",\"interface_type\":\"DIRECT_TO_BANK\",\"business_type\":\"B2C\"}");
    }
}

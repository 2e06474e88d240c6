package io.github.camelumf.model;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every JSON example of the UMF reference read into its typed object and written back gives the same JSON: no member
 * is lost (known or unknown), only money is written the model's way ("0.1" becomes "0.10", 0.01 becomes "0.01").
 */
class ReferenceExamplesRoundTripTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments("2.2-card-create-request.json", PaymentRequest.class),
                arguments("2.2-card-create-response.json", PaymentResponse.class),
                arguments("3.6-verify-request.json", PaymentVerifyRequest.class),
                arguments("3.6-verify-response.json", PaymentResponse.class),
                arguments("3.7-execute-request.json", PaymentExecuteRequest.class),
                arguments("3.7-execute-response.json", PaymentResponse.class),
                arguments("2.3-wechat-qr-request.json", PaymentRequest.class),
                arguments("2.3-wechat-qr-response.json", PaymentResponse.class),
                arguments("2.3-alipay-qr-request.json", PaymentRequest.class),
                arguments("2.5-wechat-web-request.json", PaymentRequest.class),
                arguments("2.5-wechat-web-response.json", PaymentResponse.class),
                arguments("2.6-wechat-in-app-request.json", PaymentRequest.class),
                arguments("2.6-wechat-in-app-response.json", PaymentResponse.class),
                arguments("2.8-wechat-h5-request.json", PaymentRequest.class),
                arguments("2.8-wechat-h5-response.json", PaymentResponse.class),
                arguments("2.10-direct-to-bank-request.json", PaymentRequest.class),
                arguments("2.10-direct-to-bank-response.json", PaymentResponse.class),
                arguments("2.11-refund-request.json", RefundRequest.class),
                arguments("2.11-refund-response.json", RefundResponse.class),
                arguments("2.13-web-pay-request.json", PaymentRequest.class),
                arguments("2.13-web-pay-response.json", PaymentResponse.class),
                arguments("3.8-notification.json", PaymentResponse.class),
                arguments("3.9-query-response.json", PaymentResponse.class),
                arguments("3.10-refund-request.json", RefundRequest.class),
                arguments("3.10-refund-response.json", RefundResponse.class),
                arguments("3.11-async-refund-request.json", RefundRequest.class),
                arguments("3.11-async-refund-response.json", RefundResponse.class),
                arguments("3.12-refund-query-response.json", RefundResponse.class),
                arguments("3.13-payment-refunds-response.json", PaymentWithRefundsResponse.class),
                arguments("4.3-b2b-request.json", PaymentRequest.class),
                arguments("4.3-b2b-response.json", PaymentResponse.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleSurvivesTypedRoundTripWithEveryMember(String example, Class<? extends UmfObject> type) {
        JsonNode original = Examples.tree(example);

        UmfObject typed = UmfJson.fromTree(original, type);
        JsonNode written = UmfJson.toTree(typed);

        assertThat(written).isEqualTo(Examples.withMoneyAsModelWritesIt(original));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void onlyMembersOutsideSectionFiveEndUpAsUnknownMembers(String example, Class<? extends UmfObject> type) {
        UmfObject typed = UmfJson.fromTree(Examples.tree(example), type);

        // the reference's examples use a few members section 5 does not define; everything else maps to a field
        assertThat(Examples.unknownMemberPaths(typed)).allSatisfy(path -> assertThat(path)
                .matches(".*(sub_trans_type|expire_time |mer_priv|verify_department|verify_department_pay_trace)$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleWrittenAsTextReadsBackEqual(String example, Class<? extends UmfObject> type) {
        UmfObject typed = UmfJson.fromTree(Examples.tree(example), type);

        UmfObject again = UmfJson.fromTree(UmfJson.toTree(UmfJson.toJson(typed)), type);

        assertThat(again).isEqualTo(typed);
    }
}

package io.github.camelumf.sandbox.rules;

import java.util.Map;
import java.util.Set;

/**
 * The available payment_method for each interface_type and business_type (section 5, "payer"), with B2C
 * DIRECT_TO_BANK also accepting NOT_APPLICABLE as tutorial 2.10 shows. Unknown values answer {@code 00280702};
 * known values in a combination the table does not allow answer {@code 00202017}.
 */
public final class PaymentMethodTable {

    private static final Set<String> METHODS = Set.of("CREDIT_CARD", "DEBIT_CARD", "WECHAT_SCAN", "WECHAT_IN_APP",
            "WECHAT_WEB", "WECHAT_H5", "ALIPAY_SCAN", "NOT_APPLICABLE", "WECHAT_MP", "B2C_BANK", "B2B_BANK");
    private static final Set<String> INTERFACES = Set.of("SERVER_TO_SERVER", "SERVER_TO_WEB", "SERVER_TO_H5WEB",
            "DIRECT_TO_BANK");
    private static final Set<String> BUSINESS_TYPES = Set.of("B2C", "B2B");

    private static final Map<String, Set<String>> B2C = Map.of(
            "SERVER_TO_SERVER", Set.of("CREDIT_CARD", "DEBIT_CARD", "WECHAT_SCAN", "WECHAT_IN_APP", "WECHAT_WEB",
                    "WECHAT_H5", "ALIPAY_SCAN"),
            "SERVER_TO_WEB", Set.of("NOT_APPLICABLE"),
            "SERVER_TO_H5WEB", Set.of("NOT_APPLICABLE"),
            "DIRECT_TO_BANK", Set.of("WECHAT_SCAN", "ALIPAY_SCAN", "NOT_APPLICABLE"));
    private static final Map<String, Set<String>> B2B = Map.of(
            "DIRECT_TO_BANK", Set.of("NOT_APPLICABLE"));

    private PaymentMethodTable() {
    }

    /** Checks the three values and tells how the payment is paid. */
    public static PaymentKind classify(String paymentMethod, String interfaceType, String businessType) {
        if (!METHODS.contains(paymentMethod)) {
            throw ApiError.pattern("payer.payment_method", "must be one of " + METHODS);
        }
        if (!INTERFACES.contains(interfaceType)) {
            throw ApiError.pattern("payer.interface_type", "must be one of " + INTERFACES);
        }
        if (!BUSINESS_TYPES.contains(businessType)) {
            throw ApiError.pattern("payer.business_type", "must be B2C or B2B");
        }
        Map<String, Set<String>> table = "B2B".equals(businessType) ? B2B : B2C;
        if (!table.getOrDefault(interfaceType, Set.of()).contains(paymentMethod)) {
            throw new ApiError(RetCode.INCORRECT_PAYMENT_METHOD, "payer.payment_method " + paymentMethod
                    + " is not available for interface_type " + interfaceType + " and business_type " + businessType);
        }
        switch (paymentMethod) {
            case "CREDIT_CARD":
            case "DEBIT_CARD":
                return PaymentKind.CARD;
            case "WECHAT_SCAN":
            case "ALIPAY_SCAN":
                return PaymentKind.QR_CODE;
            case "WECHAT_IN_APP":
                return PaymentKind.WECHAT_IN_APP;
            case "WECHAT_WEB":
                return PaymentKind.WECHAT_WEB;
            case "WECHAT_H5":
                return PaymentKind.WECHAT_H5;
            default:
                if ("B2B".equals(businessType)) {
                    return PaymentKind.B2B_BANK;
                }
                return "DIRECT_TO_BANK".equals(interfaceType) ? PaymentKind.BANK_PAGE : PaymentKind.UMF_PAGE;
        }
    }
}

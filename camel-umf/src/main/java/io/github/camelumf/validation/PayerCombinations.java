package io.github.camelumf.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.PaymentMethod;

import static io.github.camelumf.model.PaymentMethod.ALIPAY_SCAN;
import static io.github.camelumf.model.PaymentMethod.CREDIT_CARD;
import static io.github.camelumf.model.PaymentMethod.DEBIT_CARD;
import static io.github.camelumf.model.PaymentMethod.NOT_APPLICABLE;
import static io.github.camelumf.model.PaymentMethod.WECHAT_H5;
import static io.github.camelumf.model.PaymentMethod.WECHAT_IN_APP;
import static io.github.camelumf.model.PaymentMethod.WECHAT_MP;
import static io.github.camelumf.model.PaymentMethod.WECHAT_SCAN;
import static io.github.camelumf.model.PaymentMethod.WECHAT_WEB;

/**
 * Which payment_method goes with which interface_type and business_type. The table of section 5 ("payer"), completed
 * from the flows of the reference:
 * <table>
 * <caption>Allowed payment methods</caption>
 * <tr><th>interface_type</th><th>B2C</th><th>B2B</th></tr>
 * <tr><td>SERVER_TO_SERVER</td><td>CREDIT_CARD DEBIT_CARD WECHAT_SCAN WECHAT_IN_APP WECHAT_WEB WECHAT_H5 ALIPAY_SCAN
 * WECHAT_MP</td><td></td></tr>
 * <tr><td>SERVER_TO_WEB</td><td>NOT_APPLICABLE</td><td></td></tr>
 * <tr><td>SERVER_TO_H5WEB</td><td>NOT_APPLICABLE</td><td></td></tr>
 * <tr><td>DIRECT_TO_BANK</td><td>WECHAT_SCAN ALIPAY_SCAN NOT_APPLICABLE</td><td>NOT_APPLICABLE</td></tr>
 * </table>
 * WECHAT_MP comes from the method list of 3.5 (the mini program flow of 2.9); B2C DIRECT_TO_BANK with NOT_APPLICABLE
 * is the "B2C Direct To Bank Pay" of 2.10 and the definition of NOT_APPLICABLE ("when interface_type is either
 * SERVER_TO_WEB or DIRECT_TO_BANK"). B2C_BANK and B2B_BANK, also listed in 3.5, appear in no flow (bank payments use
 * DIRECT_TO_BANK with NOT_APPLICABLE) and are not allowed.
 */
public final class PayerCombinations {

    private static final Map<BusinessType, Map<InterfaceType, Set<PaymentMethod>>> ALLOWED =
            new EnumMap<>(BusinessType.class);

    static {
        Map<InterfaceType, Set<PaymentMethod>> b2c = new EnumMap<>(InterfaceType.class);
        b2c.put(InterfaceType.SERVER_TO_SERVER, EnumSet.of(CREDIT_CARD, DEBIT_CARD, WECHAT_SCAN, WECHAT_IN_APP,
                WECHAT_WEB, WECHAT_H5, ALIPAY_SCAN, WECHAT_MP));
        b2c.put(InterfaceType.SERVER_TO_WEB, EnumSet.of(NOT_APPLICABLE));
        b2c.put(InterfaceType.SERVER_TO_H5WEB, EnumSet.of(NOT_APPLICABLE));
        b2c.put(InterfaceType.DIRECT_TO_BANK, EnumSet.of(WECHAT_SCAN, ALIPAY_SCAN, NOT_APPLICABLE));
        Map<InterfaceType, Set<PaymentMethod>> b2b = new EnumMap<>(InterfaceType.class);
        b2b.put(InterfaceType.DIRECT_TO_BANK, EnumSet.of(NOT_APPLICABLE));
        ALLOWED.put(BusinessType.B2C, b2c);
        ALLOWED.put(BusinessType.B2B, b2b);
    }

    private PayerCombinations() {
    }

    /** Whether the payment method may be used with this interface type and business type. */
    public static boolean isAllowed(BusinessType businessType, InterfaceType interfaceType,
                                    PaymentMethod paymentMethod) {
        return allowedMethods(businessType, interfaceType).contains(paymentMethod);
    }

    /** The interface types of a business type (empty for an unknown business type). */
    public static Set<InterfaceType> allowedInterfaceTypes(BusinessType businessType) {
        Map<InterfaceType, Set<PaymentMethod>> byInterface = ALLOWED.get(businessType);
        return byInterface == null ? Set.of() : Collections.unmodifiableSet(byInterface.keySet());
    }

    /** The payment methods of an interface type and business type (empty if they do not go together). */
    public static Set<PaymentMethod> allowedMethods(BusinessType businessType, InterfaceType interfaceType) {
        Map<InterfaceType, Set<PaymentMethod>> byInterface = ALLOWED.get(businessType);
        Set<PaymentMethod> methods = byInterface == null ? null : byInterface.get(interfaceType);
        return methods == null ? Set.of() : Collections.unmodifiableSet(methods);
    }
}

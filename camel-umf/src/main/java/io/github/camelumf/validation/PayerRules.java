package io.github.camelumf.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.PaymentMethod;

import static io.github.camelumf.validation.FieldRules.digits;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of a {@code payer} object (section 5, "payer", "payer_info", "bank_card", "payer_agreement"): known
 * payment method, interface type and business type in a combination of {@link PayerCombinations}; a bank code for
 * DIRECT_TO_BANK with NOT_APPLICABLE; card elements for SMS verification; the SMS code to execute a card payment;
 * the lengths of section 5.
 */
final class PayerRules {

    private static final List<String> CARD_METHODS =
            List.of(PaymentMethod.CREDIT_CARD.value(), PaymentMethod.DEBIT_CARD.value());

    private static final List<String> PAYMENT_METHODS = knownNames(PaymentMethod.values());
    private static final List<String> INTERFACE_TYPES = knownNames(InterfaceType.values());
    private static final List<String> BUSINESS_TYPES = knownNames(BusinessType.values());

    private PayerRules() {
    }

    /**
     * Checks the payer of {@code body}.
     *
     * @return the payment method
     */
    static PaymentMethod payer(JsonNode body, PaymentStep step) {
        FieldPath path = FieldPath.ROOT.child("payer");
        ObjectNode payer = object(body, "payer", path, true);
        boolean create = step == PaymentStep.CREATE;
        PaymentMethod method = known(payer, "payment_method", path, true, PAYMENT_METHODS, PaymentMethod::fromValue);
        InterfaceType interfaceType = known(payer, "interface_type", path, create, INTERFACE_TYPES,
                InterfaceType::fromValue);
        BusinessType businessType = known(payer, "business_type", path, create, BUSINESS_TYPES,
                BusinessType::fromValue);
        if (businessType != null && interfaceType != null) {
            combination(path, businessType, interfaceType, method);
        }
        String bankCode = text(payer, "bank_code", path.child("bank_code"), false);
        if (interfaceType == InterfaceType.DIRECT_TO_BANK && method == PaymentMethod.NOT_APPLICABLE
                && (bankCode == null || bankCode.isBlank())) {
            throw violation(path.child("bank_code"),
                    "is required when interface_type is DIRECT_TO_BANK and payment_method is NOT_APPLICABLE");
        }
        text(payer, "external_customer_id", path.child("external_customer_id"), false, 1, 32);
        ObjectNode payerInfo = object(payer, "payer_info", path.child("payer_info"), false);
        payerInfo(payerInfo, path.child("payer_info"));
        enterprise(payer, path.child("enterprise_qualification"));
        if (create && method == PaymentMethod.WECHAT_WEB) {
            wechatWebNeedsOpenId(payerInfo, path.child("payer_info"));
        }
        if (step == PaymentStep.VERIFY) {
            verifyNeedsCard(payerInfo, path.child("payer_info"), method);
        } else if (step == PaymentStep.EXECUTE && CARD_METHODS.contains(method.value())) {
            executeNeedsVerifyCode(payerInfo, path.child("payer_info"));
        }
        return method;
    }

    private interface Parser<E> {
        E parse(String raw);
    }

    private static <E extends Enum<E>> E known(JsonNode payer, String name, FieldPath payerPath, boolean required,
                                               List<String> allowed, Parser<E> parser) {
        FieldPath path = payerPath.child(name);
        String raw = text(payer, name, path, required);
        if (raw == null) {
            return null;
        }
        oneOf(path, raw, allowed);
        return parser.parse(raw);
    }

    /** The names a request may send: every constant but {@code UNKNOWN} (which only answers carry). */
    private static List<String> knownNames(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).filter(n -> !n.equals("UNKNOWN")).toList();
    }

    private static void combination(FieldPath path, BusinessType businessType, InterfaceType interfaceType,
                                    PaymentMethod method) {
        Set<InterfaceType> interfaceTypes = PayerCombinations.allowedInterfaceTypes(businessType);
        if (!interfaceTypes.contains(interfaceType)) {
            throw violation(path.child("interface_type"), FieldRules.oneOfRule(names(interfaceTypes))
                    + " with business_type " + businessType.value());
        }
        Set<PaymentMethod> methods = PayerCombinations.allowedMethods(businessType, interfaceType);
        if (!methods.contains(method)) {
            throw violation(path.child("payment_method"), FieldRules.oneOfRule(names(methods))
                    + " with business_type " + businessType.value() + " and interface_type " + interfaceType.value());
        }
    }

    private static List<String> names(Set<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toList();
    }

    private static void payerInfo(ObjectNode payerInfo, FieldPath path) {
        if (payerInfo == null) {
            return;
        }
        ObjectNode card = object(payerInfo, "bank_card", path.child("bank_card"), false);
        if (card != null) {
            verifyCode(card, path.child("bank_card"), false);
        }
        ObjectNode agreement = object(payerInfo, "payer_agreement", path.child("payer_agreement"), false);
        if (agreement != null) {
            FieldPath agreementPath = path.child("payer_agreement");
            text(agreement, "usr_busi_agreement_id", agreementPath.child("usr_busi_agreement_id"), false, 1, 64);
            text(agreement, "usr_pay_agreement_id", agreementPath.child("usr_pay_agreement_id"), false, 1, 64);
            String lastFour = text(agreement, "last_four_cardid", agreementPath.child("last_four_cardid"), false);
            if (lastFour != null) {
                digits(agreementPath.child("last_four_cardid"), lastFour, 4, 4);
            }
            verifyCode(agreement, agreementPath, false);
        }
        for (String element : List.of("qr_code_scan", "wechat_in_app", "wechat_in_app_web", "wechat_H5")) {
            object(payerInfo, element, path.child(element), false);
        }
    }

    /** Section 2.4: a WeChat in-app web payment names the buyer's open_id for the official account. */
    private static void wechatWebNeedsOpenId(ObjectNode payerInfo, FieldPath path) {
        FieldPath webPath = path.child("wechat_in_app_web");
        if (payerInfo == null) {
            throw violation(webPath, "is required when payment_method is WECHAT_WEB");
        }
        ObjectNode web = object(payerInfo, "wechat_in_app_web", webPath, false);
        if (web == null) {
            throw violation(webPath, "is required when payment_method is WECHAT_WEB");
        }
        String openId = text(web, "open_id", webPath.child("open_id"), false);
        if (openId == null || openId.isBlank()) {
            throw violation(webPath.child("open_id"), "is required when payment_method is WECHAT_WEB");
        }
    }

    private static void enterprise(JsonNode payer, FieldPath path) {
        ObjectNode enterprise = object(payer, "enterprise_qualification", path, false);
        if (enterprise != null) {
            text(enterprise, "external_enterprise_id", path.child("external_enterprise_id"), false, 1, 16);
            text(enterprise, "enterprise_name", path.child("enterprise_name"), false, 1, 256);
            text(enterprise, "enterprise_code", path.child("enterprise_code"), false, 8, 18);
        }
    }

    private static String verifyCode(JsonNode element, FieldPath elementPath, boolean required) {
        String code = text(element, "verify_code", elementPath.child("verify_code"), required);
        if (code != null) {
            digits(elementPath.child("verify_code"), code, 4, 8);
        }
        return code;
    }

    private static void verifyNeedsCard(ObjectNode payerInfo, FieldPath path, PaymentMethod method) {
        if (!CARD_METHODS.contains(method.value())) {
            throw violation(FieldPath.ROOT.child("payer").child("payment_method"),
                    "must be CREDIT_CARD or DEBIT_CARD: SMS verification is only for card payments");
        }
        if (payerInfo == null) {
            throw violation(path, "is required for SMS verification");
        }
        if (FieldRules.member(payerInfo, "bank_card") == null
                && FieldRules.member(payerInfo, "payer_agreement") == null) {
            throw violation(path.child("bank_card"), "is required for SMS verification (or payer_agreement)");
        }
    }

    private static void executeNeedsVerifyCode(ObjectNode payerInfo, FieldPath path) {
        JsonNode card = FieldRules.member(payerInfo, "bank_card");
        JsonNode agreement = FieldRules.member(payerInfo, "payer_agreement");
        if (FieldRules.member(card, "verify_code") != null || FieldRules.member(agreement, "verify_code") != null) {
            return;
        }
        String element = card == null && agreement != null ? "payer_agreement" : "bank_card";
        throw violation(path.child(element).child("verify_code"), "is required to execute a card payment");
    }
}

package io.github.camelumf.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.github.camelumf.validation.FieldRules.digits;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the bodies of {@code bind/smsCode} (3.55) and {@code bind/confirm} (3.56): the merchant's customer
 * id (1 to 32 characters) and the card to bind, as {@code payer_info.bank_card} (the reference's samples) or as a
 * {@code bind} object (section 5): card number, holder name, citizen ID number and an 11-digit phone; confirm adds the
 * SMS code (4 to 8 digits). The encrypted members are only required, never inspected: they may already be ciphertext.
 */
final class BindRules {

    private static final FieldPath PAYER_INFO = FieldPath.ROOT.child("payer_info");
    private static final FieldPath BANK_CARD = PAYER_INFO.child("bank_card");
    private static final FieldPath BIND = FieldPath.ROOT.child("bind");

    private BindRules() {
    }

    static void smsCode(JsonNode body) {
        card(body, false);
    }

    static void confirm(JsonNode body) {
        card(body, true);
    }

    private static void card(JsonNode body, boolean withCode) {
        text(body, "external_customer_id", FieldPath.ROOT.child("external_customer_id"), true, 1, 32);
        ObjectNode payerInfo = object(body, "payer_info", PAYER_INFO, false);
        ObjectNode bankCard = object(payerInfo, "bank_card", BANK_CARD, false);
        ObjectNode bind = object(body, "bind", BIND, false);
        if (bankCard != null && bind != null) {
            throw violation(BIND, "must not be sent together with payer_info.bank_card");
        }
        if (bankCard != null) {
            holder(bankCard, BANK_CARD, "payer_name", withCode);
        } else if (bind != null) {
            holder(bind, BIND, "name", withCode);
        } else {
            throw violation(BANK_CARD, "is required (or bind)");
        }
    }

    private static void holder(ObjectNode card, FieldPath path, String nameMember, boolean withCode) {
        present(card, "number", path);
        present(card, nameMember, path);
        String idType = text(card, "citizen_id_type", path.child("citizen_id_type"), false);
        if (idType != null) {
            oneOf(path.child("citizen_id_type"), idType, List.of("IDENTITY_CARD"));
        }
        present(card, "citizen_id_number", path);
        digits(path.child("phone"), text(card, "phone", path.child("phone"), true), 11, 11);
        if (withCode) {
            digits(path.child("verify_code"), text(card, "verify_code", path.child("verify_code"), true), 4, 8);
        }
    }

    /** A required string member that is not empty. */
    private static void present(ObjectNode parent, String name, FieldPath path) {
        if (text(parent, name, path.child(name), true).isEmpty()) {
            throw violation(path.child(name), "is required");
        }
    }
}

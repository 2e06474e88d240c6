package io.github.camelumf.sandbox.trade;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

/**
 * The payees of outward payments ({@code /send_payee_infor}, 9.2 and 11.3: one route for remittance and B2B), by
 * their decrypted account: name and address together at most 130 characters, a known account is refused with
 * 00280071.
 */
public final class PayeeRegistry {

    private static final Pattern SWIFT = Pattern.compile("[A-Z0-9]{8}([A-Z0-9]{3})?");
    private static final int NAME_AND_ADDRESS = 130;

    private final Map<String, ObjectNode> payees = new ConcurrentHashMap<>();

    /** 9.2 / 11.3: records the payee. */
    public ObjectNode submit(ObjectNode body, Map<String, String> decrypted) {
        String account = TradeChecks.plain(decrypted, "payee_account");
        String name = TradeChecks.plain(decrypted, "payee_name");
        String address = TradeChecks.plain(decrypted, "payee_address");
        String swift = TradeChecks.plain(decrypted, "payee_swift");
        if (!SWIFT.matcher(swift).matches()) {
            throw ApiError.pattern("payee_swift", "must be a SWIFT/BIC code of 8 or 11 letters or digits");
        }
        if (name.length() + 1 + address.length() > NAME_AND_ADDRESS) {
            throw new ApiError(RetCode.PAYEE_NOT_RECEIVED,
                    "payee_name and payee_address together must be at most 130 characters (9.2)");
        }
        TradeChecks.text(body, "payee_bank_name");
        TradeChecks.matching(body, "payee_country", TradeChecks.COUNTRY, "must be a 3-letter country code (9.7)");
        ObjectNode payee = JsonNodeFactory.instance.objectNode();
        payee.put("payee_account", account);
        payee.put("payee_name", name);
        if (payees.putIfAbsent(account, payee) != null) {
            throw new ApiError(RetCode.PAYEE_EXISTS, null);
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /** The payee of a decrypted account, or {@code null}. */
    ObjectNode byAccount(String account) {
        return payees.get(account);
    }
}

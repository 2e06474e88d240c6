package io.github.camelumf.sandbox.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.payment.Ids;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.BankNames;
import io.github.camelumf.sandbox.rules.BindRules;
import io.github.camelumf.sandbox.rules.Catalog;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.RetCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Card binding (3.55 SMS code, 3.56 contract), agreement query (3.14) and unbinding (3.15 at the merchant, 3.57 at
 * the bank: every agreement of the card ends), and the check a payment by {@code payer_agreement} passes. Refusals
 * are {@link ApiError}s with the reference's codes.
 */
public final class BindingService {

    /** Wrong SMS codes accepted before the code is invalidated ({@code 00200084}). */
    public static final int MAX_WRONG_CODES = 5;
    /** How long a binding SMS code stays valid ({@code 00080722} afterwards). */
    public static final Duration SMS_CODE_LIFETIME = Duration.ofMinutes(5);

    private static final Set<String> BANK_TYPES = Set.of("CREDIT_CARD", "DEBIT_CARD");

    private final AgreementStore store;
    private final Ids ids;
    private final SandboxClock clock;
    private final Map<String, SentCode> sentCodes = new ConcurrentHashMap<>();

    public BindingService(AgreementStore store, Ids ids, SandboxClock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** POST /bind/get_smscode: sends (records) an SMS code for the card; answers the payer_info as sent. */
    public ObjectNode smsCode(ObjectNode body, Map<String, String> decrypted) {
        BindRules.BindRequest request = BindRules.check(body, decrypted, false);
        bankOf(request.cardNumber());
        if (store.find(request.customer(), request.cardNumber()) != null) {
            throw new ApiError(RetCode.CARD_ALREADY_SIGNED, null);
        }
        sentCodes.put(key(request), new SentCode(request.customer(), ids.smsCode(), request.phone(), clock.instant()));
        return answer(body, null);
    }

    /** POST /bind/get_contract: checks the SMS code and binds the card; answers payer_info with payer_agreement. */
    public ObjectNode confirm(ObjectNode body, Map<String, String> decrypted) {
        BindRules.BindRequest request = BindRules.check(body, decrypted, true);
        String key = key(request);
        SentCode sent = sentCodes.get(key);
        if (sent == null) {
            throw new ApiError(RetCode.SMS_CODE_NOT_FOUND, "call bind/get_smscode for this card first");
        }
        synchronized (sent) {
            if (clock.instant().isAfter(sent.issuedAt.plus(SMS_CODE_LIFETIME))) {
                sentCodes.remove(key, sent);
                throw new ApiError(RetCode.SMS_CODE_EXPIRED, "send a new SMS code");
            }
            if (!sent.phone.equals(request.phone())) {
                throw new ApiError(RetCode.CARD_MISMATCH, "the phone is not the one the SMS code was sent to");
            }
            if (!MessageDigest.isEqual(sent.code.getBytes(StandardCharsets.US_ASCII),
                    request.verifyCode().getBytes(StandardCharsets.US_ASCII))) {
                if (++sent.wrongCodes >= MAX_WRONG_CODES) {
                    sentCodes.remove(key, sent);
                    throw new ApiError(RetCode.SMS_CODE_TOO_MANY_ERRORS, "send a new SMS code");
                }
                throw new ApiError(RetCode.SMS_CODE_INCORRECT, null);
            }
            sentCodes.remove(key, sent);
        }
        Agreement agreement = bindCard(request.customer(), request.cardNumber(), request.phone());
        return answer(body, agreement);
    }

    /** GET /agreement?external_customer_id=&usr_busi_agreement_id=&bank_type=: {@code agreement_info}. */
    public ObjectNode query(Map<String, String> query) {
        String customer = blankToNull(query.get("external_customer_id"));
        String busiId = blankToNull(query.get("usr_busi_agreement_id"));
        String bankType = blankToNull(query.get("bank_type"));
        if (customer == null && busiId == null) {
            throw new ApiError(RetCode.CUSTOMER_OR_AGREEMENT_REQUIRED, null);
        }
        if (bankType != null && !BANK_TYPES.contains(bankType)) {
            throw ApiError.pattern("bank_type", "must be CREDIT_CARD or DEBIT_CARD");
        }
        if (customer != null && busiId != null && !busiId.equals(store.busiIdOf(customer))) {
            throw new ApiError(RetCode.AGREEMENT_CUSTOMER_MISMATCH, null);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode list = result.putObject("agreement_info").putArray("payer_agreements");
        for (Agreement agreement : store.select(a -> (customer == null || a.externalCustomerId().equals(customer))
                && (busiId == null || a.usrBusiAgreementId().equals(busiId))
                && (bankType == null || a.bankType().equals(bankType)))) {
            list.add(agreement.toJson());
        }
        return result;
    }

    /**
     * POST /agreement/unbundling ({@code atBank} false: the listed agreements end) and POST /bank_agreement/unbind
     * ({@code atBank} true: every agreement of the listed cards ends, whoever holds it). All or nothing.
     */
    public ObjectNode unbind(ObjectNode body, boolean atBank) {
        String customer = JsonFields.optionalText(body, "external_customer_id", "external_customer_id");
        JsonNode list = body.get("payer_agreements");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw ApiError.invalid("payer_agreements", "is required (a JSON array with at least one agreement)");
        }
        List<Agreement> ending = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "payer_agreements[" + i + "]";
            if (!list.get(i).isObject()) {
                throw ApiError.invalid(path, "must be a JSON object");
            }
            String payId = JsonFields.text(list.get(i), "usr_pay_agreement_id", path + ".usr_pay_agreement_id");
            String busiId = blankToNull(JsonFields.optionalText(list.get(i), "usr_busi_agreement_id",
                    path + ".usr_busi_agreement_id"));
            ending.add(requireUsable(payId, busiId, blankToNull(customer)));
        }
        Set<String> payIds = new HashSet<>();
        Set<String> cards = new HashSet<>();
        for (Agreement agreement : ending) {
            payIds.add(agreement.usrPayAgreementId());
            cards.add(agreement.cardNumber());
        }
        store.remove(a -> atBank ? cards.contains(a.cardNumber()) : payIds.contains(a.usrPayAgreementId()));
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * The agreement an unbinding names: one of business agreement id and customer id is needed ({@code 00280040}),
     * then as {@link #requireKnown}.
     */
    public Agreement requireUsable(String usrPayAgreementId, String usrBusiAgreementId, String customer) {
        if (usrBusiAgreementId == null && customer == null) {
            throw new ApiError(RetCode.CUSTOMER_OR_AGREEMENT_REQUIRED, null);
        }
        return requireKnown(usrPayAgreementId, usrBusiAgreementId, customer);
    }

    /**
     * The agreement a payment names (its id alone names the card): it must exist ({@code 00060072}); a payer named
     * besides (by business agreement id or customer id) must be its payer ({@code 00280042}).
     */
    public Agreement requireKnown(String usrPayAgreementId, String usrBusiAgreementId, String customer) {
        Agreement agreement = store.byPayId(usrPayAgreementId);
        if (agreement == null) {
            throw new ApiError(RetCode.AGREEMENT_NOT_FOUND, null);
        }
        if ((usrBusiAgreementId != null && !usrBusiAgreementId.equals(agreement.usrBusiAgreementId()))
                || (customer != null && !customer.equals(agreement.externalCustomerId()))) {
            throw new ApiError(RetCode.AGREEMENT_CUSTOMER_MISMATCH, null);
        }
        return agreement;
    }

    /** The card of a paid card payment becomes an agreement of its customer (or stays the one it was). */
    public Agreement bindCard(String customer, String cardNumber, String phone) {
        String bank = bankOf(cardNumber);
        String type = Catalog.DEBIT_CARD_BANKS.contains(bank) ? "DEBIT_CARD" : "CREDIT_CARD";
        Instant now = clock.instant();
        return store.bind(customer, cardNumber, bank, type, phone, () -> ids.businessAgreementId(now),
                () -> ids.payAgreementId(now));
    }

    /** The SMS code last sent to bind a card of {@code customer}, or {@code null}. */
    public String smsCode(String customer) {
        SentCode latest = null;
        for (SentCode sent : sentCodes.values()) {
            if (sent.customer.equals(customer) && (latest == null || sent.issuedAt.isAfter(latest.issuedAt))) {
                latest = sent;
            }
        }
        return latest == null ? null : latest.code;
    }

    private static String bankOf(String cardNumber) {
        String bank = BankNames.bankOfCard(cardNumber);
        if (bank == null) {
            throw new ApiError(RetCode.CARD_BIN_UNKNOWN, "the sandbox does not know this card BIN");
        }
        return bank;
    }

    /** The answer of 3.55/3.56: the payer_info as sent (bind sent as a bank_card), the customer id. */
    private static ObjectNode answer(ObjectNode body, Agreement agreement) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode info = result.putObject("payer_info");
        JsonNode card = body.path("payer_info").path("bank_card");
        if (card.isObject()) {
            info.set("bank_card", card.deepCopy());
        } else {
            ObjectNode bind = (ObjectNode) body.get("bind");
            ObjectNode echoed = info.putObject("bank_card");
            for (String member : new String[] {"number", "citizen_id_number", "citizen_id_type", "name", "phone",
                                               "verify_code"}) {
                if (bind.has(member)) {
                    echoed.set("name".equals(member) ? "payer_name" : member, bind.get(member).deepCopy());
                }
            }
        }
        if (agreement != null) {
            ObjectNode node = info.putObject("payer_agreement");
            node.put("usr_busi_agreement_id", agreement.usrBusiAgreementId());
            node.put("usr_pay_agreement_id", agreement.usrPayAgreementId());
        }
        result.set("external_customer_id", body.get("external_customer_id").deepCopy());
        return result;
    }

    private static String key(BindRules.BindRequest request) {
        return request.customer() + '\n' + request.cardNumber();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An SMS code sent for binding one card of one customer. */
    private static final class SentCode {
        private final String customer;
        private final String code;
        private final String phone;
        private final Instant issuedAt;
        private int wrongCodes;

        SentCode(String customer, String code, String phone, Instant issuedAt) {
            this.customer = customer;
            this.code = code;
            this.phone = phone;
            this.issuedAt = issuedAt;
        }
    }
}

package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.BankNames;
import io.github.camelumf.sandbox.rules.Catalog;
import io.github.camelumf.sandbox.rules.RetCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** Read-only queries: available banks (3.1), card BIN (3.2), exchange rate (3.4), refundable balance (3.34). */
public final class ReferenceDataService {

    /** The sandbox merchant's balance before any payment, CNY. */
    public static final BigDecimal OPENING_BALANCE = new BigDecimal("100000.00");

    private final PaymentStore store;
    private final SandboxClock clock;

    public ReferenceDataService(PaymentStore store, SandboxClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** GET /bank?type=CREDIT_CARD|DEBIT_CARD: {@code banks} {name_zh, types, code, logo_url, name} (3.1). */
    public ObjectNode banks(String type) {
        List<String> codes;
        if ("CREDIT_CARD".equals(type)) {
            codes = Catalog.CREDIT_CARD_BANKS;
        } else if ("DEBIT_CARD".equals(type)) {
            codes = Catalog.DEBIT_CARD_BANKS;
        } else {
            throw ApiError.pattern("type", "must be CREDIT_CARD or DEBIT_CARD");
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode banks = result.putArray("banks");
        for (String code : codes) {
            ObjectNode bank = bank(code, type);
            bank.remove("is_support");
            banks.add(bank);
        }
        return result;
    }

    /** GET /bank/cardbin?card=(encrypted): {@code banks} (as the reference example) and {@code bank}. */
    public ObjectNode cardBin(String cardNumber) {
        if (!cardNumber.matches("\\d{12,19}")) {
            throw new ApiError(RetCode.INVALID_CARD_NUMBER, "card must be 12 to 19 digits");
        }
        String code = BankNames.bankOfCard(cardNumber);
        if (code == null) {
            throw new ApiError(RetCode.CARD_BIN_UNKNOWN, "the sandbox does not know this card BIN");
        }
        String type = Catalog.DEBIT_CARD_BANKS.contains(code) ? "DEBIT_CARD" : "CREDIT_CARD";
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("banks", bank(code, type));
        result.set("bank", bank(code, type));
        return result;
    }

    /** GET /exchange_rate?currency=USD: {@code exchange_rate} array (3.4). */
    public ObjectNode exchangeRate(String currency) {
        if (currency == null || !Catalog.CURRENCIES.contains(currency)) {
            throw ApiError.pattern("currency", "must be a currency code of appendix 8");
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode rate = result.putArray("exchange_rate").addObject();
        rate.put("rate", Catalog.rate(currency).toPlainString());
        rate.put("currency", currency);
        return result;
    }

    /** GET /payments/payment/self_account_balance: opening balance + paid CNY - refunded CNY. */
    public ObjectNode balance() {
        Instant now = clock.instant();
        BigDecimal balance = OPENING_BALANCE;
        for (Payment payment : store.payments()) {
            BigDecimal rate = Catalog.rate(payment.amount().currency());
            if (payment.state(now) == PaymentState.TRADE_SUCCESS) {
                balance = balance.add(payment.amount().total().multiply(rate));
            }
            for (Refund refund : payment.refunds()) {
                if (refund.state(now).counts()) {
                    balance = balance.subtract(refund.amount().total().multiply(rate));
                }
            }
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.putObject("account_balance").put("balance", balance.setScale(2, RoundingMode.HALF_UP).toPlainString());
        return result;
    }

    private static ObjectNode bank(String code, String type) {
        ObjectNode bank = JsonNodeFactory.instance.objectNode();
        bank.put("name_zh", BankNames.nameZh(code));
        bank.putArray("types").add(type);
        bank.put("code", code);
        bank.put("logo_url", "");
        bank.put("is_support", "Y");
        bank.put("name", BankNames.name(code));
        return bank;
    }
}

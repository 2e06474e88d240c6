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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Read-only queries: available banks (3.1), card BIN (3.2), WeChat open_id link (3.3), exchange rate (3.4 and 9.1),
 * refundable balance (3.34).
 */
public final class ReferenceDataService {

    /** The sandbox merchant's balance before any payment, CNY. */
    public static final BigDecimal OPENING_BALANCE = new BigDecimal("100000.00");

    /** The member 3.4 answers the rates in; 9.1 and 4.10 show {@code exchangeRates}. */
    public static final String EXCHANGE_RATE = "exchange_rate";
    /** The member 9.1 and 4.10 answer the rates in. */
    public static final String EXCHANGE_RATES = "exchangeRates";

    private static final String WECHAT_AUTHORIZE = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx740a066b0a94fa6d";
    private static final String WECHAT_RECEIVER = "http://pay.soopay.net/ebankpay/recvweixinGZHCodeNew.htm?return_url=";
    private static final String OPEN_ID_NOTIFIER = "https://fx.soopay.net/fx_upay/cbNotifyMerOpenId.do?notifyUrl=";
    private static final Pattern NOTIFY_URL = Pattern.compile("https?://[^\\s]{1,248}");

    private final PaymentStore store;
    private final SandboxClock clock;
    private volatile String exchangeRateMember = EXCHANGE_RATE;

    public ReferenceDataService(PaymentStore store, SandboxClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** GET /bank?type=CREDIT_CARD|DEBIT_CARD: {@code banks} {name_zh, types, code, logo_url, name} (3.1). */
    public ObjectNode banks(String type) {
        List<String> codes;
        if (type == null || type.isEmpty()) {
            throw ApiError.invalid("type", "is required");
        } else if ("CREDIT_CARD".equals(type)) {
            codes = Catalog.CREDIT_CARD_BANKS;
        } else if ("DEBIT_CARD".equals(type)) {
            codes = Catalog.DEBIT_CARD_BANKS;
        } else {
            throw ApiError.pattern("type", "must be CREDIT_CARD or DEBIT_CARD");
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode banks = result.putArray("banks");
        for (String code : codes) {
            banks.add(bank(code, type, false));
        }
        return result;
    }

    /**
     * GET /bank/cardbin?card=(encrypted): {@code bank}, as the reference documents it (its sample names the member
     * {@code banks}; the component reads both).
     */
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
        result.set("bank", bank(code, type, true));
        return result;
    }

    /**
     * GET /exchange_rate?currency=USD: the rate array, in {@code exchange_rate} (3.4) or, after
     * {@link #answerExchangeRatesIn(String)}, in {@code exchangeRates} (9.1, 4.10).
     */
    public ObjectNode exchangeRate(String currency) {
        if (currency == null || currency.isEmpty()) {
            throw ApiError.invalid("currency", "is required");
        }
        if (!Catalog.CURRENCIES.contains(currency)) {
            throw ApiError.pattern("currency", "must be a currency code of appendix 8");
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode rate = result.putArray(exchangeRateMember).addObject();
        rate.put("rate", Catalog.rate(currency).toPlainString());
        rate.put("currency", currency);
        return result;
    }

    /** Which member exchange rates are answered in: {@link #EXCHANGE_RATE} or {@link #EXCHANGE_RATES}. */
    public void answerExchangeRatesIn(String member) {
        if (!EXCHANGE_RATE.equals(member) && !EXCHANGE_RATES.equals(member)) {
            throw new IllegalArgumentException("exchange rates are answered in exchange_rate or exchangeRates");
        }
        exchangeRateMember = member;
    }

    /**
     * GET /payments/wechat_openid?notify_url=(URL-encoded): {@code links}, one {@code weChat} link to WeChat's
     * authorisation page that ends at the merchant's notify_url with the payer's open_id (3.3).
     */
    public ObjectNode wechatOpenId(String notifyUrl) {
        if (notifyUrl == null || notifyUrl.isEmpty()) {
            throw ApiError.invalid("notify_url", "is required");
        }
        if (!NOTIFY_URL.matcher(notifyUrl).matches()) {
            throw ApiError.pattern("notify_url", "must be an http(s) URL of at most 256 characters, URL-encoded");
        }
        String redirect = WECHAT_RECEIVER + encode(OPEN_ID_NOTIFIER + encode(notifyUrl));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode link = result.putArray("links").addObject();
        link.put("ref", "weChat");
        link.put("method", "GET");
        link.put("href", WECHAT_AUTHORIZE + "&redirect_uri=" + encode(redirect)
                         + "&response_type=code&scope=snsapi_base&state=" + Ids.hex(48) + "#wechat_redirect");
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

    /** A bank as 3.1 lists it, and 3.2 answers it ({@code withSupport}: with {@code is_support}). */
    private static ObjectNode bank(String code, String type, boolean withSupport) {
        ObjectNode bank = JsonNodeFactory.instance.objectNode();
        String nameZh = BankNames.chineseName(code);
        bank.put("name_zh", nameZh == null ? "" : nameZh);
        bank.putArray("types").add(type);
        bank.put("code", code);
        bank.put("logo_url", "");
        if (withSupport) {
            bank.put("is_support", "Y");
        }
        bank.put("name", BankNames.name(code));
        return bank;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

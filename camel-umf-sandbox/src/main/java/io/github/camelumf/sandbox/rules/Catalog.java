package io.github.camelumf.sandbox.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enumerations of the reference appendix 8 (currencies, transaction codes, banks) and of section 5 (item types),
 * plus the sandbox's fixed exchange rates (CNY per unit of currency).
 */
public final class Catalog {

    /** Currency codes of appendix 8. */
    public static final Set<String> CURRENCIES = Set.of(
            "CNY", "HKD", "USD", "EUR", "JPY", "GBP", "AUD", "CAD", "NZD", "SGD", "MOP", "CHF", "SEK", "DKK", "NOK");

    /** Trading codes of appendix 8. */
    public static final Set<String> TRANS_CODES = Set.of(
            "01122030", "02223022", "02223023", "03222024", "03223010", "03223021", "03223022", "03223023",
            "03223029", "04223010", "04223021", "04223022", "04223023", "04223029", "05227010", "06223010",
            "06223021", "06223022", "06223023", "06223029", "07222012", "07222022", "07222032", "08227020",
            "08231030", "09228025", "00228024");

    /** The trading code of goods trade: its sub-orders must list their items. */
    public static final String GOODS_TRADE = "01122030";

    /** Banks supported by credit card payment (appendix 8). */
    public static final List<String> CREDIT_CARD_BANKS = List.of(
            "ICBC", "CCB", "ABC", "BOC", "PSBC", "COMM", "CITIC", "CEB", "HXB", "CMBC", "CMB", "SHB", "BJB", "BEA",
            "CIB", "NBB", "SPDB", "GDB", "SPAB", "BSB", "CSCB", "CDB", "CDRCB", "CRCB", "CQB", "DLB", "DYCCB",
            "ORBANK", "FJNXB", "GYB", "GCB", "GRCB", "HEBB", "HNNXB", "HSB", "BHB", "HZCB", "BOJZ", "CSRCB", "JSB",
            "JRCB", "JJCCB", "LZB", "DAQINGB", "QHB", "SHRCB", "SRB", "SDEB", "TZCB", "WHSHB", "WFCCB", "WZCB",
            "URMQCCB", "WRCB", "YCCB", "YZB", "CZCB", "ZJTLCB", "MTBANK", "NJCB", "NCB", "QLBANK", "YDRCB", "WJRCB",
            "CZSB");

    /** Banks supported by debit card payment (appendix 8). */
    public static final List<String> DEBIT_CARD_BANKS = List.of(
            "SPDB", "CCB", "ABC", "BOC", "CITIC", "CEB", "CMB", "ICBC", "CMBC", "GDB", "COMM", "SPAB", "CIB", "SHB",
            "CZSB");

    /** Item types of section 5 (item.type). */
    public static final Set<String> ITEM_TYPES = Set.of("CLOTHING", "FOOD", "ELECTRONIC", "COSMETIC", "HOUSEHOLD_ITEMS");

    private static final Map<String, BigDecimal> RATES = new LinkedHashMap<>();

    static {
        RATES.put("CNY", new BigDecimal("1.0000"));
        RATES.put("USD", new BigDecimal("6.9023"));
        RATES.put("HKD", new BigDecimal("0.8812"));
        RATES.put("EUR", new BigDecimal("7.8120"));
        RATES.put("JPY", new BigDecimal("0.0627"));
        RATES.put("GBP", new BigDecimal("8.9456"));
        RATES.put("AUD", new BigDecimal("4.6250"));
        RATES.put("CAD", new BigDecimal("5.0875"));
        RATES.put("NZD", new BigDecimal("4.2010"));
        RATES.put("SGD", new BigDecimal("5.1350"));
        RATES.put("MOP", new BigDecimal("0.8555"));
        RATES.put("CHF", new BigDecimal("7.7800"));
        RATES.put("SEK", new BigDecimal("0.6650"));
        RATES.put("DKK", new BigDecimal("1.0470"));
        RATES.put("NOK", new BigDecimal("0.6580"));
    }

    private Catalog() {
    }

    /** CNY per one unit of {@code currency} (a fixed sandbox table). */
    public static BigDecimal rate(String currency) {
        BigDecimal rate = RATES.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("unknown currency " + currency);
        }
        return rate;
    }

    /** Whether {@code code} is a bank of either appendix list. */
    public static boolean isKnownBank(String code) {
        return CREDIT_CARD_BANKS.contains(code) || DEBIT_CARD_BANKS.contains(code);
    }
}

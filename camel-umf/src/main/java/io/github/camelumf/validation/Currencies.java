package io.github.camelumf.validation;

import java.util.List;

/** The currencies UMF accepts (appendix 8, "Currency codes"). */
public final class Currencies {

    private static final List<String> CODES = List.of(
            "CNY", "HKD", "USD", "EUR", "JPY", "GBP", "AUD", "CAD", "NZD", "SGD", "MOP", "CHF", "SEK", "DKK", "NOK");

    private Currencies() {
    }

    /** The ISO-4217 codes, in the appendix's order. */
    public static List<String> codes() {
        return CODES;
    }

    /** Whether UMF accepts the currency. */
    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }
}

package io.github.camelumf.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trading codes of {@code sub_order.trans_code} (appendix 8, "Transaction encoding and transaction postscript
 * description"), each with its type of trade and postscript.
 */
public final class TransCodes {

    /** Goods trade (e-commerce): its sub-orders must list their items. */
    public static final String GOODS_TRADE = "01122030";

    private static final Map<String, String> CODES = codes(
            GOODS_TRADE, "Goods trade: E-Commerce",
            "02223022", "Study Abroad: Tuition travel for study abroad and education (above one year)",
            "02223023", "Study Abroad: Tuition travel for study abroad and education (one year or less)",
            "03222024", "Air ticket: Air ticket for going abroad",
            "03223010", "Air ticket: Business trip air ticket",
            "03223021", "Air ticket: Air ticket for receiving medical treatment and health examination",
            "03223022", "Air ticket: Air ticket for study abroad and education (above one year)",
            "03223023", "Air ticket: Air ticket for study abroad and education (one year or less)",
            "03223029", "Air ticket: Other private travel air ticket",
            "04223010", "Hotel Booking: Hotel for study abroad and education (one year or less)",
            "04223021", "Hotel Booking: Other private travel hotel",
            "04223022", "Hotel Booking: Business trip hotel",
            "04223023", "Hotel Booking: Hotel for receiving medical treatment and health examination",
            "04223029", "Hotel Booking: Hotel for study abroad and education (above one year)",
            "05227010", "Phone Bill: Mobile telecommunications service",
            "06223010", "Travelling: Business trip",
            "06223021", "Travelling: Trip for receiving medical treatment and health",
            "06223022", "Travelling: Study abroad and education (above one year)",
            "06223023", "Travelling: Study abroad and education (one year or less)",
            "06223029", "Travelling: Other private travelling",
            "07222012", "Transportation: Ocean freight service (import to China)",
            "07222022", "Transportation: Air freight service (import to China)",
            "07222032", "Transportation: Other Freight service (import to China)",
            "08227020", "Software service: Software service",
            "08231030", "Software service: License fee for copying or distributing computer software",
            "09228025", "International exhibition: Exhibition services",
            "00228024", "Advertising services: Advertising services");

    private TransCodes() {
    }

    /** All codes with their type of trade and postscript, in the appendix's order. */
    public static Map<String, String> all() {
        return CODES;
    }

    /** Whether the code is in the appendix. */
    public static boolean isKnown(String code) {
        return code != null && CODES.containsKey(code);
    }

    /** Whether a sub-order with this code must list its items (goods trade). */
    public static boolean requiresItems(String code) {
        return GOODS_TRADE.equals(code);
    }

    private static Map<String, String> codes(String... codesAndDescriptions) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < codesAndDescriptions.length; i += 2) {
            codes.put(codesAndDescriptions[i], codesAndDescriptions[i + 1]);
        }
        return Collections.unmodifiableMap(codes);
    }
}

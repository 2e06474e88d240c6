package io.github.camelumf.validation;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/** The rules of the body of {@code settleMonth/create} (3.24): settle_month, a real month as yyyyMM. */
final class StatementRules {

    private static final FieldPath SETTLE_MONTH = FieldPath.ROOT.child("settle_month");
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");

    private StatementRules() {
    }

    static void settleMonth(JsonNode body) {
        String month = text(body, "settle_month", SETTLE_MONTH, true, 6, 6);
        try {
            YearMonth.parse(month, YYYYMM);
        } catch (DateTimeParseException e) {
            throw violation(SETTLE_MONTH, "must be a month as yyyyMM");
        }
    }
}

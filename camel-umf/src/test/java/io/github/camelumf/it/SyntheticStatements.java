package io.github.camelumf.it;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.github.camelumf.sandbox.UmfSandbox;

/** Synthetic settlement files in a sandbox, for the tests that download one. */
final class SyntheticStatements {

    private SyntheticStatements() {
    }

    /** Puts a synthetic SETTLEDETAIL file of {@code records} records for yesterday (sandbox clock); its settle date. */
    static String ofYesterday(UmfSandbox sandbox, int records) {
        String settleDate = LocalDate.now(sandbox.clock()).minusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        sandbox.statements().synthetic(settleDate, records);
        return settleDate;
    }
}

package io.github.camelumf.statement;

/**
 * What the request asked for, which the statement's header and trailer must match.
 *
 * @param date       the settle date ({@code yyyyMMdd}) or billing month ({@code yyyyMM}) asked for, or {@code null}
 *                   when the request does not say (a monthly file fetched by file id)
 * @param merchantId the merchant id expected, or {@code null} to accept the header's
 */
public record StatementExpectation(String date, String merchantId) {

    /** Accepts any date and merchant id (header and trailer must still agree with each other). */
    public static final StatementExpectation ANY = new StatementExpectation(null, null);

    /** The file of one date. */
    public static StatementExpectation ofDate(String date) {
        return new StatementExpectation(date, null);
    }
}

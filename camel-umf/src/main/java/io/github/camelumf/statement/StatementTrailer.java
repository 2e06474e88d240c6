package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * The last line of a statement file, as read (after it was checked against the header and the records).
 *
 * @param merchantId UMF's merchant id
 * @param date       the settle date or billing month as written
 * @param count      the number of records the trailer announces
 * @param totals     the amount totals the trailer announces, in its order (SETTLEDETAIL: reference foreign amount,
 *                   settlement amount; MONTHLYBILL: foreign exchange purchase, payment; TRANSDETAIL: none)
 * @param currency   the settlement currency the trailer announces, or {@code null} (TRANSDETAIL)
 * @param line       the line number of the trailer in the file
 */
public record StatementTrailer(String merchantId, String date, long count, List<BigDecimal> totals, String currency,
                               long line) {
}

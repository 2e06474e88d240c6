package io.github.camelumf.statement;

import java.math.BigDecimal;

/**
 * What the integrity check counted in a statement file: the number of records, the total amount and its currency
 * (SETTLEDETAIL: the sum of {@code foreignAmount} in the settlement currency; TRANSDETAIL: the sum of {@code amount}
 * in CNY; MONTHLYBILL: the sum of {@code reference_foreign_amount} in the settle currency).
 *
 * @param recordCount the records read
 * @param total       the total amount
 * @param currency    the total's currency, or {@code null} when the file has no record that says it
 */
public record StatementSummary(long recordCount, BigDecimal total, String currency) {
}

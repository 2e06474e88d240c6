package io.github.camelumf.validation;

import java.math.BigDecimal;

/** An amount that passed the amount rules: its total and currency. */
record Money(BigDecimal total, String currency) {
}

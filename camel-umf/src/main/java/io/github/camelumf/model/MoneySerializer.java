package io.github.camelumf.model;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a money amount as a JSON string with exactly two decimals ({@code 0.02}, {@code 5.00}), as UMF expects.
 * <p>
 * A value that needs more than two decimals is never rounded: it is written with all its decimals
 * ({@code 0.125}), so that request validation rejects it with the field's path instead of a different amount being
 * charged. Trailing zeros beyond two decimals are not "more decimals": {@code 1.500} is written {@code 1.50}.
 */
public class MoneySerializer extends StdSerializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    public MoneySerializer() {
        super(BigDecimal.class);
    }

    /** The wire text of an amount (see the class comment). */
    public static String format(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 2) {
            return amount.setScale(2).toPlainString();
        }
        return stripped.toPlainString();
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
    }
}

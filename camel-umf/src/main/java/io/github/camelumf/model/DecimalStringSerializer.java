package io.github.camelumf.model;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a decimal such as an exchange rate as a JSON string in plain notation, keeping its scale exactly
 * ({@code 6.9023}, {@code 1.0000}).
 */
public class DecimalStringSerializer extends StdSerializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    public DecimalStringSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPlainString());
    }
}

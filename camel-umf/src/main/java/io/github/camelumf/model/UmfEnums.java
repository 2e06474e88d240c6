package io.github.camelumf.model;

/**
 * Maps between the raw strings UMF uses for enumerated members and the Java enums of this package. A value the enum
 * does not know maps to its {@code UNKNOWN} constant, so a new value from UMF never breaks parsing; the typed objects
 * keep the raw string alongside.
 */
final class UmfEnums {

    static final String UNKNOWN = "UNKNOWN";

    private UmfEnums() {
    }

    /** The constant named {@code raw}, {@code UNKNOWN} if there is none, {@code null} for {@code null}. */
    static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        if (raw == null) {
            return null;
        }
        if (!UNKNOWN.equals(raw)) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(raw)) {
                    return constant;
                }
            }
        }
        return Enum.valueOf(type, UNKNOWN);
    }

    /** The wire value of a constant; {@code UNKNOWN} has none and is refused. */
    static String wire(Enum<?> constant) {
        if (constant == null) {
            return null;
        }
        if (UNKNOWN.equals(constant.name())) {
            throw new IllegalArgumentException(constant.getDeclaringClass().getSimpleName()
                    + ".UNKNOWN stands for a value this version does not know and cannot be sent; set the raw value"
                    + " instead");
        }
        return constant.name();
    }
}

package io.github.camelumf.error;

import java.util.List;
import java.util.Objects;

/**
 * One UMF return code as the {@link ErrorCatalog} describes it.
 *
 * @param code          the {@code ret_code}, for example {@code 00060774}
 * @param category      what the caller should do about it
 * @param description   English description (corrected or translated where the reference words it badly or only in
 *                      Chinese)
 * @param descriptionZh Chinese description where the reference gives one, otherwise the empty string
 * @param source        the reference tables that list the code (for example {@code "A8; 3.6"}), empty when the code is
 *                      not listed
 * @param alternatives  other wordings of the same code in the reference, possibly empty
 */
public record ErrorCode(String code, ErrorCategory category, String description, String descriptionZh, String source,
                        List<String> alternatives) {

    public ErrorCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        descriptionZh = descriptionZh == null ? "" : descriptionZh;
        source = source == null ? "" : source;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A code with no reference source and no alternative wordings. */
    public ErrorCode(String code, ErrorCategory category, String description, String descriptionZh) {
        this(code, category, description, descriptionZh, "", List.of());
    }

    /** Whether the UMF reference lists this code (false for the placeholder {@link ErrorCatalog#describe} makes). */
    public boolean isListed() {
        return !source.isEmpty();
    }
}

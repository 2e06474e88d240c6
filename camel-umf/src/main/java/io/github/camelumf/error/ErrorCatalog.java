package io.github.camelumf.error;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every return code of the UMF reference (appendix 8 return and transaction error codes, 9.6 remittance, 10.4 tuition,
 * 3.6 SMS verification and 3.17 customs status) with its description and {@link ErrorCategory}.
 * <p>
 * The data lives in the resource {@value #RESOURCE} next to this class (tab-separated: code, category, source,
 * description, description_zh, alternatives) and is loaded once, on first use. Where the reference lists a code twice
 * with different wording, the catalog holds one entry with the clearest description and keeps the other wordings in
 * {@link ErrorCode#alternatives()}. Thread-safe and immutable.
 */
public final class ErrorCatalog {

    /** Name of the resource, relative to this class, that holds the codes. */
    public static final String RESOURCE = "umf-error-codes.tsv";

    private static final Pattern CODE = Pattern.compile("\\d{4}|\\d{8}");
    private static final String HEADER = "code\tcategory\tsource\tdescription\tdescription_zh\talternatives";
    private static final String ALTERNATIVE_SEPARATOR = " | ";

    private final Map<String, ErrorCode> codes;
    private final List<ErrorCode> all;

    private ErrorCatalog(Map<String, ErrorCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
        this.all = List.copyOf(codes.values());
    }

    /** The catalog of the bundled resource, loaded on first call. */
    public static ErrorCatalog get() {
        return Holder.INSTANCE;
    }

    /** The listed code, or empty if the reference does not list it. Surrounding blanks are ignored. */
    public Optional<ErrorCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(codes.get(code.strip()));
    }

    /**
     * The listed code, or for an unlisted one an {@link ErrorCategory#UNKNOWN} entry with a generic description, so
     * that callers always get something to show. Never null.
     */
    public ErrorCode describe(String code) {
        if (code == null || code.isBlank()) {
            return new ErrorCode("", ErrorCategory.UNKNOWN, "No return code", "");
        }
        String trimmed = code.strip();
        ErrorCode known = codes.get(trimmed);
        return known != null ? known : new ErrorCode(trimmed, ErrorCategory.UNKNOWN,
                "Return code not listed in the UMF reference", "");
    }

    /** How many codes the catalog holds. */
    public int size() {
        return codes.size();
    }

    /** All codes, in the order of the resource (sorted by code). */
    public List<ErrorCode> all() {
        return all;
    }

    /**
     * Reads a catalog in the format of {@value #RESOURCE}. Malformed content (wrong column count, unknown category,
     * malformed or repeated code, missing description) fails with an {@link IllegalStateException} naming the line.
     */
    static ErrorCatalog load(InputStream in, String name) {
        Map<String, ErrorCode> codes = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                    continue;
                }
                ErrorCode code = parse(line, name, number);
                if (codes.putIfAbsent(code.code(), code) != null) {
                    throw malformed(name, number, "code " + code.code() + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the UMF error catalog " + name, e);
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("The UMF error catalog " + name + " holds no codes");
        }
        return new ErrorCatalog(codes);
    }

    private static ErrorCode parse(String line, String name, int number) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 6) {
            throw malformed(name, number, "expected 6 tab-separated columns, found " + columns.length);
        }
        String code = columns[0];
        if (!CODE.matcher(code).matches()) {
            throw malformed(name, number, "code must be 4 or 8 digits");
        }
        ErrorCategory category;
        try {
            category = ErrorCategory.valueOf(columns[1]);
        } catch (IllegalArgumentException e) {
            throw malformed(name, number, "unknown category '" + columns[1] + "'");
        }
        if (columns[3].isBlank()) {
            throw malformed(name, number, "description is empty");
        }
        List<String> alternatives = columns[5].isEmpty()
                ? List.of()
                : new ArrayList<>(Arrays.asList(columns[5].split(Pattern.quote(ALTERNATIVE_SEPARATOR))));
        return new ErrorCode(code, category, columns[3], columns[4], columns[2], alternatives);
    }

    private static IllegalStateException malformed(String name, int line, String problem) {
        return new IllegalStateException("Malformed UMF error catalog " + name + " line " + line + ": " + problem);
    }

    private static final class Holder {
        private static final ErrorCatalog INSTANCE = loadBundled();

        private static ErrorCatalog loadBundled() {
            InputStream in = ErrorCatalog.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("The UMF error catalog resource " + RESOURCE + " is missing");
            }
            return load(in, RESOURCE);
        }
    }
}

package io.github.camelumf.b2b;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfValidationException;

/**
 * Section 4.4: "The files should include the contract and the invoice." An entry is the contract when its name
 * matches the {@code contractPattern} option (a Java regular expression over the whole entry name), the invoice when
 * it matches {@code invoicePattern}. Checked before anything is connected.
 */
public final class RequiredDocuments {

    /** The default contractPattern: any name containing "contract", in any case. */
    public static final String DEFAULT_CONTRACT = "(?i).*contract.*";
    /** The default invoicePattern: any name containing "invoice", in any case. */
    public static final String DEFAULT_INVOICE = "(?i).*invoice.*";

    private final Pattern contract;
    private final Pattern invoice;
    private final String contractSource;
    private final String invoiceSource;

    public RequiredDocuments(String contractPattern, String invoicePattern) {
        this.contractSource = contractPattern == null ? DEFAULT_CONTRACT : contractPattern;
        this.invoiceSource = invoicePattern == null ? DEFAULT_INVOICE : invoicePattern;
        this.contract = compile("contractPattern", contractSource);
        this.invoice = compile("invoicePattern", invoiceSource);
    }

    /** @throws UmfValidationException when no entry is the contract, or none is the invoice */
    public void check(List<DocumentEntry> entries) {
        require(entries, contract, "the contract", "contractPattern", contractSource);
        require(entries, invoice, "the invoice", "invoicePattern", invoiceSource);
    }

    private static void require(List<DocumentEntry> entries, Pattern pattern, String what, String option, String source) {
        if (entries.stream().noneMatch(e -> pattern.matcher(e.name()).matches())) {
            throw new UmfValidationException("body", "must include " + what + " (section 4.4): no document name matches "
                                                     + option + " " + source + "; documents: "
                                                     + entries.stream().map(DocumentEntry::name)
                                                             .collect(Collectors.joining(", ")));
        }
    }

    private static Pattern compile(String option, String source) {
        if (source.isBlank()) {
            throw new UmfConfigurationException(option, "must be a regular expression matching the document's name");
        }
        try {
            return Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            throw new UmfConfigurationException(option, "is not a valid regular expression: " + e.getDescription());
        }
    }
}

package io.github.camelumf.error;

/**
 * A request was refused before it left the process because a field breaks a rule of the UMF reference. Names the
 * field (as a JSON path such as {@code order.sub_orders[0].amount.total}) and the rule, never the value.
 */
public class UmfValidationException extends UmfException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    public UmfValidationException(String field, String rule) {
        super("Invalid request field '" + field + "': " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The JSON path of the offending field. */
    public String getField() {
        return field;
    }

    /** The rule the field breaks, in words. */
    public String getRule() {
        return rule;
    }
}

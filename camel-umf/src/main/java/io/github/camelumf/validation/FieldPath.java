package io.github.camelumf.validation;

/**
 * The JSON path of a member, as exceptions name it: {@code order.sub_orders[0].amount.total}. Immutable.
 */
final class FieldPath {

    static final FieldPath ROOT = new FieldPath(null, null, -1);

    private final FieldPath parent;
    private final String name;
    private final int index;

    private FieldPath(FieldPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The path of a member of this object. */
    FieldPath child(String name) {
        return new FieldPath(this, name, -1);
    }

    /** The path of an element of this array. */
    FieldPath index(int index) {
        return new FieldPath(this, null, index);
    }

    /** Built only when a message names the field: valid requests never pay for the text. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent == null) {
            return;
        }
        parent.append(text);
        if (name == null) {
            text.append('[').append(index).append(']');
        } else {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(name);
        }
    }
}

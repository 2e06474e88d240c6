package io.github.camelumf.validation;

/**
 * The JSON path of a member, as exceptions name it: {@code order.sub_orders[0].amount.total}. Immutable.
 */
final class FieldPath {

    static final FieldPath ROOT = new FieldPath("");

    private final String path;

    private FieldPath(String path) {
        this.path = path;
    }

    /** The path of a member of this object. */
    FieldPath child(String name) {
        return new FieldPath(path.isEmpty() ? name : path + "." + name);
    }

    /** The path of an element of this array. */
    FieldPath index(int index) {
        return new FieldPath(path + "[" + index + "]");
    }

    @Override
    public String toString() {
        return path;
    }
}

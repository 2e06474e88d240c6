package io.github.camelumf.sandbox.declaration;

/** To whom a declaration goes: customs ({@code declare_type} 0) or the inspection, CIQ ({@code declare_type} 1). */
public enum DeclarationKind {
    CUSTOMS("0"),
    CIQ("1");

    private final String declareType;

    DeclarationKind(String declareType) {
        this.declareType = declareType;
    }

    /** The {@code declare_type} of declare_again (3.32, 3.54). */
    public String declareType() {
        return declareType;
    }
}

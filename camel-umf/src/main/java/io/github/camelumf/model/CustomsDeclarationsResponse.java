package io.github.camelumf.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The answer of {@code umf:customs/apply} (3.16) and {@code umf:customs/get} (3.17): {@code customs_declarations},
 * an array that holds the one declaration of the sub-order, and (apply) the links parent_payment and self.
 */
public class CustomsDeclarationsResponse extends UmfResponse {

    private List<CustomsDeclaration> customsDeclarations;

    /** The declarations as UMF lists them. */
    public List<CustomsDeclaration> getCustomsDeclarations() {
        return customsDeclarations;
    }

    public void setCustomsDeclarations(List<CustomsDeclaration> customsDeclarations) {
        this.customsDeclarations = customsDeclarations;
    }

    /** The declaration: the first (in practice the only) one, or {@code null}. */
    @JsonIgnore
    public CustomsDeclaration getDeclaration() {
        return customsDeclarations == null || customsDeclarations.isEmpty() ? null : customsDeclarations.get(0);
    }

    @Override
    public String toString() {
        return describe().add("meta", getMeta()).add("customs_declarations", customsDeclarations)
                .add("links", getLinks()).toString();
    }
}

package io.github.camelumf.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A customs or CIQ declaration result sent to the notify_url of a declaration. The reference does not show its exact
 * shape; UMF's declaration answers use {@code customs_declaration}, {@code customs_declarations} (an array) and
 * {@code ciq_declarations}, so all are read. {@link #getDeclarations()} gives them in one list.
 */
public class CustomsNotification extends UmfNotification {

    private CustomsDeclaration customsDeclaration;
    private List<CustomsDeclaration> customsDeclarations;
    private List<CustomsDeclaration> ciqDeclarations;

    public CustomsDeclaration getCustomsDeclaration() {
        return customsDeclaration;
    }

    public void setCustomsDeclaration(CustomsDeclaration customsDeclaration) {
        this.customsDeclaration = customsDeclaration;
    }

    public List<CustomsDeclaration> getCustomsDeclarations() {
        return customsDeclarations;
    }

    public void setCustomsDeclarations(List<CustomsDeclaration> customsDeclarations) {
        this.customsDeclarations = customsDeclarations;
    }

    public List<CustomsDeclaration> getCiqDeclarations() {
        return ciqDeclarations;
    }

    public void setCiqDeclarations(List<CustomsDeclaration> ciqDeclarations) {
        this.ciqDeclarations = ciqDeclarations;
    }

    /** Every declaration the notification carries, whichever member held it. */
    @JsonIgnore
    public List<CustomsDeclaration> getDeclarations() {
        List<CustomsDeclaration> all = new ArrayList<>();
        if (customsDeclaration != null) {
            all.add(customsDeclaration);
        }
        if (customsDeclarations != null) {
            all.addAll(customsDeclarations);
        }
        if (ciqDeclarations != null) {
            all.addAll(ciqDeclarations);
        }
        return all;
    }

    private CustomsDeclaration first() {
        List<CustomsDeclaration> all = getDeclarations();
        return all.isEmpty() ? null : all.get(0);
    }

    @Override
    public NotificationType type() {
        return ciqDeclarations != null && customsDeclaration == null && customsDeclarations == null
                ? NotificationType.CIQ : NotificationType.CUSTOMS;
    }

    @Override
    public String id() {
        CustomsDeclaration first = first();
        return first == null ? null : first.getId();
    }

    @Override
    public String state() {
        CustomsDeclaration first = first();
        return first == null ? null : first.getStateValue();
    }

    @Override
    public String merReferenceId() {
        CustomsDeclaration first = first();
        return first == null ? null : first.getMerReferenceId();
    }

    @Override
    public String toString() {
        return describe().add("meta", getMeta()).add("declarations", getDeclarations()).toString();
    }
}

package io.github.camelumf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What every response has: {@code meta} (return code, message, signature) and the HATEOAS {@code links} of the next
 * steps (section 1.4).
 */
public abstract class UmfResponse extends UmfObject {

    /** The common information of the response. */
    private Meta meta;

    /** The next steps. */
    private List<Link> links;

    protected UmfResponse() {
    }

    /** The common information of the response. */
    public Meta getMeta() {
        return meta;
    }

    public void setMeta(Meta meta) {
        this.meta = meta;
    }

    /** The next steps; {@code null} if the response has none. */
    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links = links;
    }

    /** Adds a link. */
    public void addLink(Link link) {
        if (links == null) {
            links = new ArrayList<>();
        }
        links.add(link);
    }

    /** Whether {@code meta.ret_code} is {@value Meta#SUCCESS}. */
    @JsonIgnore
    public boolean isSuccess() {
        return meta != null && meta.isSuccess();
    }

    /** The first link with this relation ({@code self}, {@code refund}, {@code upay}, ...). */
    public Optional<Link> findLink(String ref) {
        if (links == null) {
            return Optional.empty();
        }
        return links.stream().filter(link -> ref.equals(link.getRef())).findFirst();
    }
}

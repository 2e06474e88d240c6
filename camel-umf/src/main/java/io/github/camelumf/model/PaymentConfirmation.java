package io.github.camelumf.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * UMF's answer to a confirmed outward payment (b2b/confirm 11.5, remittance/confirm 9.4, tuition/order 10.2): the
 * {@code meta} and the {@code self} link to the payment's status query, whose path holds the new payment id
 * ({@code .../PAY_.../query_order}); {@link #getPaymentId()} gives it for b2b/orderQuery, remittance/status and
 * tuition/status.
 */
public class PaymentConfirmation extends UmfObject {

    /** The common part of the answer. */
    private Meta meta;

    /** The links: {@code self}, the status query of the payment. */
    private List<Link> links;

    public PaymentConfirmation() {
    }

    /** The common part of the answer. */
    public Meta getMeta() {
        return meta;
    }

    public void setMeta(Meta meta) {
        this.meta = meta;
    }

    /** The links: {@code self}, the status query of the payment. */
    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links = links;
    }

    /**
     * The payment id: the path segment before the last one of the {@code self} link ({@code PAY_...}), or
     * {@code null} when the answer has no such link.
     */
    @JsonIgnore
    public String getPaymentId() {
        if (links == null) {
            return null;
        }
        for (Link link : links) {
            if ("self".equals(link.getRef()) && link.getHref() != null) {
                String[] segments = link.getHref().split("/");
                return segments.length >= 2 ? segments[segments.length - 2] : null;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return describe().add("meta", meta).add("links", links).toString();
    }
}

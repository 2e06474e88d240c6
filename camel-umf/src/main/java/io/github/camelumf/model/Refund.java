package io.github.camelumf.model;

/**
 * A refund ({@code refund}, section 5) as UMF returns it.
 */
public class Refund extends UmfObject {

    /** The refund ID. */
    private String id;

    /** The state. */
    private String state;

    /** What is refunded. */
    private RefundInfo refundInfo;

    /** Where UMF sends the refund result. */
    private String notifyUrl;

    public Refund() {
    }

    /** The refund ID. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code id}. */
    public Refund withId(String id) {
        this.id = id;
        return this;
    }

    /** The state. {@link RefundState#UNKNOWN} if UMF sent a value this version does not know. */
    public RefundState getState() {
        return RefundState.fromValue(state);
    }

    /** The raw value of {@code state}, as sent or received. */
    public String getStateValue() {
        return state;
    }

    public void setState(RefundState state) {
        this.state = UmfEnums.wire(state);
    }

    public void setStateValue(String state) {
        this.state = state;
    }

    /** Sets {@code state}. */
    public Refund withState(RefundState state) {
        setState(state);
        return this;
    }

    /** Sets the raw value of {@code state} (for values this version does not know). */
    public Refund withStateValue(String state) {
        this.state = state;
        return this;
    }

    /** What is refunded. */
    public RefundInfo getRefundInfo() {
        return refundInfo;
    }

    public void setRefundInfo(RefundInfo refundInfo) {
        this.refundInfo = refundInfo;
    }

    /** Sets {@code refund_info}. */
    public Refund withRefundInfo(RefundInfo refundInfo) {
        this.refundInfo = refundInfo;
        return this;
    }

    /** Where UMF sends the refund result. */
    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    /** Sets {@code notify_url}. */
    public Refund withNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("id", id)
                .add("state", state)
                .add("refund_info", refundInfo)
                .add("notify_url", notifyUrl)
                .toString();
    }
}

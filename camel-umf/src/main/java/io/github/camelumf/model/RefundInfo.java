package io.github.camelumf.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What is refunded ({@code refund_info}, section 5): the refund's reference, amount and sub-orders. In the
 * payment-and-refunds query (3.13) it also carries {@code refund_time} and {@code refund_state}.
 */
public class RefundInfo extends UmfObject {

    /** The refund's unique ID: 4 to 32 characters. */
    private String merReferenceId;

    /** The refund date, yyyyMMdd. */
    private String merDate;

    /** The refund amount; the sub-orders add up to it. */
    private Amount amount;

    /** The summary: 1 to 64 characters. */
    private String refundSummary;

    /** The refunded sub-orders, by the payment's mer_sub_reference_id. */
    private List<SubOrder> subOrders;

    /** When the refund was made (3.13). */
    private String refundTime;

    /** The refund's state (3.13). */
    private String refundState;

    public RefundInfo() {
    }

    /** The refund's unique ID: 4 to 32 characters. */
    public String getMerReferenceId() {
        return merReferenceId;
    }

    public void setMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
    }

    /** Sets {@code mer_reference_id}. */
    public RefundInfo withMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
        return this;
    }

    /** The refund date, yyyyMMdd. */
    public String getMerDate() {
        return merDate;
    }

    public void setMerDate(String merDate) {
        this.merDate = merDate;
    }

    /** Sets {@code mer_date}. */
    public RefundInfo withMerDate(String merDate) {
        this.merDate = merDate;
        return this;
    }

    /** The refund amount; the sub-orders add up to it. */
    public Amount getAmount() {
        return amount;
    }

    public void setAmount(Amount amount) {
        this.amount = amount;
    }

    /** Sets {@code amount}. */
    public RefundInfo withAmount(Amount amount) {
        this.amount = amount;
        return this;
    }

    /** The summary: 1 to 64 characters. */
    public String getRefundSummary() {
        return refundSummary;
    }

    public void setRefundSummary(String refundSummary) {
        this.refundSummary = refundSummary;
    }

    /** Sets {@code refund_summary}. */
    public RefundInfo withRefundSummary(String refundSummary) {
        this.refundSummary = refundSummary;
        return this;
    }

    /** The refunded sub-orders, by the payment's mer_sub_reference_id. */
    public List<SubOrder> getSubOrders() {
        return subOrders;
    }

    public void setSubOrders(List<SubOrder> subOrders) {
        this.subOrders = subOrders;
    }

    /** Sets {@code sub_orders}. */
    public RefundInfo withSubOrders(List<SubOrder> subOrders) {
        this.subOrders = subOrders;
        return this;
    }

    /** Adds one element to {@code sub_orders}. */
    public RefundInfo addSubOrder(SubOrder element) {
        if (subOrders == null) {
            subOrders = new ArrayList<>();
        }
        subOrders.add(element);
        return this;
    }

    /** When the refund was made (3.13). */
    public String getRefundTime() {
        return refundTime;
    }

    public void setRefundTime(String refundTime) {
        this.refundTime = refundTime;
    }

    /** Sets {@code refund_time}. */
    public RefundInfo withRefundTime(String refundTime) {
        this.refundTime = refundTime;
        return this;
    }

    /** The refund's state (3.13). {@link RefundState#UNKNOWN} if UMF sent a value this version does not know. */
    public RefundState getRefundState() {
        return RefundState.fromValue(refundState);
    }

    /** The raw value of {@code refund_state}, as sent or received. */
    public String getRefundStateValue() {
        return refundState;
    }

    public void setRefundState(RefundState refundState) {
        this.refundState = UmfEnums.wire(refundState);
    }

    public void setRefundStateValue(String refundState) {
        this.refundState = refundState;
    }

    /** Sets {@code refund_state}. */
    public RefundInfo withRefundState(RefundState refundState) {
        setRefundState(refundState);
        return this;
    }

    /** Sets the raw value of {@code refund_state} (for values this version does not know). */
    public RefundInfo withRefundStateValue(String refundState) {
        this.refundState = refundState;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("mer_reference_id", merReferenceId)
                .add("mer_date", merDate)
                .add("amount", amount)
                .add("refund_summary", refundSummary)
                .add("sub_orders", subOrders)
                .add("refund_time", refundTime)
                .add("refund_state", refundState)
                .toString();
    }
}

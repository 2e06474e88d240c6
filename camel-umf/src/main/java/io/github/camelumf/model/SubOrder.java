package io.github.camelumf.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of an order or refund with goods of one transaction code ({@code sub_order}, section 5).
 */
public class SubOrder extends UmfObject {

    /** The sub-order ID: 4 to 16 characters; in a refund, the ID of the payment's sub-order. */
    private String merSubReferenceId;

    /** The trading code of appendix 8 (e.g. 01122030 goods trade). */
    private String transCode;

    /** The amount of the sub-order. */
    private Amount amount;

    /** The summary: 1 to 32 characters. */
    private String orderSummary;

    /** Whether UMF submits the payment to customs: TRUE or FALSE. */
    private String isCustoms;

    /** The receipt: 1 to 20 characters. */
    private String invoiceId;

    /** The goods; required for goods trade (01122030). */
    private List<Item> items;

    /** The customs trace (set by UMF). */
    private String subCustomsTrace;

    /** The logistics tracking number (when updating express information). */
    private String trackingNumber;

    public SubOrder() {
    }

    /** The sub-order ID: 4 to 16 characters; in a refund, the ID of the payment's sub-order. */
    public String getMerSubReferenceId() {
        return merSubReferenceId;
    }

    public void setMerSubReferenceId(String merSubReferenceId) {
        this.merSubReferenceId = merSubReferenceId;
    }

    /** Sets {@code mer_sub_reference_id}. */
    public SubOrder withMerSubReferenceId(String merSubReferenceId) {
        this.merSubReferenceId = merSubReferenceId;
        return this;
    }

    /** The trading code of appendix 8 (e.g. 01122030 goods trade). */
    public String getTransCode() {
        return transCode;
    }

    public void setTransCode(String transCode) {
        this.transCode = transCode;
    }

    /** Sets {@code trans_code}. */
    public SubOrder withTransCode(String transCode) {
        this.transCode = transCode;
        return this;
    }

    /** The amount of the sub-order. */
    public Amount getAmount() {
        return amount;
    }

    public void setAmount(Amount amount) {
        this.amount = amount;
    }

    /** Sets {@code amount}. */
    public SubOrder withAmount(Amount amount) {
        this.amount = amount;
        return this;
    }

    /** The summary: 1 to 32 characters. */
    public String getOrderSummary() {
        return orderSummary;
    }

    public void setOrderSummary(String orderSummary) {
        this.orderSummary = orderSummary;
    }

    /** Sets {@code order_summary}. */
    public SubOrder withOrderSummary(String orderSummary) {
        this.orderSummary = orderSummary;
        return this;
    }

    /** Whether UMF submits the payment to customs: TRUE or FALSE. */
    public String getIsCustoms() {
        return isCustoms;
    }

    public void setIsCustoms(String isCustoms) {
        this.isCustoms = isCustoms;
    }

    /** Sets {@code is_customs}. */
    public SubOrder withIsCustoms(String isCustoms) {
        this.isCustoms = isCustoms;
        return this;
    }

    /** The receipt: 1 to 20 characters. */
    public String getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
    }

    /** Sets {@code invoice_id}. */
    public SubOrder withInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
        return this;
    }

    /** The goods; required for goods trade (01122030). */
    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items;
    }

    /** Sets {@code items}. */
    public SubOrder withItems(List<Item> items) {
        this.items = items;
        return this;
    }

    /** Adds one element to {@code items}. */
    public SubOrder addItem(Item element) {
        if (items == null) {
            items = new ArrayList<>();
        }
        items.add(element);
        return this;
    }

    /** The customs trace (set by UMF). */
    public String getSubCustomsTrace() {
        return subCustomsTrace;
    }

    public void setSubCustomsTrace(String subCustomsTrace) {
        this.subCustomsTrace = subCustomsTrace;
    }

    /** Sets {@code sub_customs_trace}. */
    public SubOrder withSubCustomsTrace(String subCustomsTrace) {
        this.subCustomsTrace = subCustomsTrace;
        return this;
    }

    /** The logistics tracking number (when updating express information). */
    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    /** Sets {@code tracking_number}. */
    public SubOrder withTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
        return this;
    }

    /** Sets {@code is_customs} to TRUE or FALSE. */
    public SubOrder withCustoms(boolean customs) {
        this.isCustoms = customs ? "TRUE" : "FALSE";
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("mer_sub_reference_id", merSubReferenceId)
                .add("trans_code", transCode)
                .add("amount", amount)
                .add("order_summary", orderSummary)
                .add("is_customs", isCustoms)
                .add("invoice_id", invoiceId)
                .add("items", items)
                .add("sub_customs_trace", subCustomsTrace)
                .add("tracking_number", trackingNumber)
                .toString();
    }
}

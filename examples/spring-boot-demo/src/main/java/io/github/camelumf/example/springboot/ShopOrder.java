package io.github.camelumf.example.springboot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An order of the shop: its UMF payment, the payment's state, its refunds and the notifications UMF sent about it. */
public class ShopOrder {

    private final String id;
    private final String merReferenceId;
    private final String amount;
    private final String currency;
    private volatile String state;
    private final Map<String, String> refunds = new ConcurrentHashMap<>();
    private final List<String> notifications = new CopyOnWriteArrayList<>();

    public ShopOrder(String id, String merReferenceId, String amount, String currency, String state) {
        this.id = id;
        this.merReferenceId = merReferenceId;
        this.amount = amount;
        this.currency = currency;
        this.state = state;
    }

    /** The UMF payment id. */
    public String getId() {
        return id;
    }

    @JsonProperty("mer_reference_id")
    public String getMerReferenceId() {
        return merReferenceId;
    }

    public String getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    /** The payment state (WAIT_BUYER_PAY, TRADE_SUCCESS, ...), from UMF's answers and notifications. */
    public String getState() {
        return state;
    }

    void setState(String state) {
        this.state = state;
    }

    /** Refund id to refund state (REFUND_PROCESS, then REFUND_SUCCESS or REFUND_FAIL when UMF notifies). */
    public Map<String, String> getRefunds() {
        return refunds;
    }

    /** The notifications received, as "TYPE id STATE". */
    public List<String> getNotifications() {
        return notifications;
    }
}

package io.github.camelumf.model;

/**
 * The body of {@code umf:payment/updateExpress} (3.58): the tracking number of each shipped sub-order of a paid
 * goods-trade payment, as {@code order.sub_orders[].{mer_sub_reference_id, tracking_number}}.
 */
public class ExpressUpdateRequest extends UmfObject {

    private Order order;

    /** The order holding the sub-orders and their tracking numbers. */
    public Order getOrder() {
        return order;
    }

    public void setOrder(Order order) {
        this.order = order;
    }

    /** Adds a sub-order's tracking number: express company, a space, the number ({@code "STO 3716523085241"}). */
    public ExpressUpdateRequest track(String merSubReferenceId, String trackingNumber) {
        if (order == null) {
            order = new Order();
        }
        order.addSubOrder(new SubOrder().withMerSubReferenceId(merSubReferenceId).withTrackingNumber(trackingNumber));
        return this;
    }

    @Override
    public String toString() {
        return describe().add("order", order).toString();
    }
}

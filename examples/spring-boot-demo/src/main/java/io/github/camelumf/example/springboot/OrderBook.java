package io.github.camelumf.example.springboot;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.UmfNotification;
import org.springframework.stereotype.Component;

/** The shop's orders, in memory (a real shop keeps them in its database), keyed by UMF payment id. */
@Component
public class OrderBook {

    private final Map<String, ShopOrder> orders = new ConcurrentHashMap<>();

    public void add(ShopOrder order) {
        orders.put(order.getId(), order);
    }

    public Optional<ShopOrder> find(String paymentId) {
        return Optional.ofNullable(orders.get(paymentId));
    }

    /** Applies a verified notification from UMF: the payment's or the refund's new state. */
    public void apply(UmfNotification notification) {
        ShopOrder order = orders.get(notification.paymentId());
        if (order == null) {
            throw new IllegalStateException("no order for payment " + notification.paymentId());
        }
        if (notification.type() == NotificationType.PAYMENT) {
            order.setState(notification.state());
        } else if (notification.type() == NotificationType.REFUND) {
            order.getRefunds().put(notification.id(), notification.state());
        }
        order.getNotifications().add(notification.type() + " " + notification.id() + " " + notification.state());
    }
}

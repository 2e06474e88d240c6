package io.github.camelumf.example.springboot;

import io.github.camelumf.model.UmfNotification;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * UMF's notifications, on the shop's own web server at {@code /umf/notifications} (camel-platform-http on Spring
 * Boot's servlet container): each one is verified against the UMF public key, routed once, and acknowledged to UMF
 * only after the order was updated.
 */
@Component
public class NotificationRoutes extends RouteBuilder {

    private final OrderBook orders;

    public NotificationRoutes(OrderBook orders) {
        this.orders = orders;
    }

    @Override
    public void configure() {
        from("umf:notification").routeId("umf-notifications")
                .process(exchange -> orders.apply(exchange.getMessage().getBody(UmfNotification.class)))
                .log("UMF notified ${header.CamelUmfNotificationType} ${header.CamelUmfPaymentId}: ${header.CamelUmfState}");
    }
}

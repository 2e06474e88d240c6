package io.github.camelumf.example.springboot;

import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.PaymentExecuteRequest;
import io.github.camelumf.model.PaymentVerifyRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The shop's checkout API. Each call sends a typed request to a {@code umf:} endpoint; the component adds the token,
 * encrypts the card fields, signs, verifies UMF's answer and maps refusals to exceptions ({@link ErrorAnswers}).
 */
@RestController
public class CheckoutController {

    private final ProducerTemplate umf;
    private final OrderBook orders;
    private final Environment environment;

    public CheckoutController(ProducerTemplate umf, OrderBook orders, Environment environment) {
        this.umf = umf;
        this.orders = orders;
        this.environment = environment;
    }

    /** demo.notify-url, read per request: it may name the server's port, known only once the server started. */
    private String notifyUrl() {
        return environment.getRequiredProperty("demo.notify-url");
    }

    /** Creates the UMF card payment of a new order: WAIT_BUYER_PAY. */
    @PostMapping("/checkout")
    public ShopOrder checkout(@RequestBody CheckoutRequest checkout) {
        var request = UmfRequests.payment(checkout, notifyUrl());
        Exchange created = send("umf:payment/create", request, null);
        ShopOrder order = new ShopOrder(header(created, UmfConstants.PAYMENT_ID), request.getOrder().getMerReferenceId(),
                checkout.amount(), checkout.currency(), header(created, UmfConstants.STATE));
        orders.add(order);
        return order;
    }

    /** Sends the buyer's card to UMF, which texts the SMS code to the card's phone. */
    @PostMapping("/checkout/{id}/verify")
    public ShopOrder verify(@PathVariable String id, @RequestBody CardDetails card) {
        ShopOrder order = order(id);
        Exchange verified = send("umf:payment/verify", PaymentVerifyRequest.of(UmfRequests.cardPayer("CREDIT_CARD", "BOC",
                card)), id);
        order.setState(header(verified, UmfConstants.STATE));
        return order;
    }

    /** Pays with the card and the SMS code: TRADE_SUCCESS. */
    @PostMapping("/checkout/{id}/pay")
    public ShopOrder pay(@PathVariable String id, @RequestBody CardDetails card) {
        ShopOrder order = order(id);
        Exchange paid = send("umf:payment/execute", PaymentExecuteRequest.of(UmfRequests.cardPayer("CREDIT_CARD", "BOC",
                card)), id);
        order.setState(header(paid, UmfConstants.STATE));
        return order;
    }

    /** Refunds part of a paid order asynchronously: REFUND_PROCESS until UMF notifies the result. */
    @PostMapping("/orders/{id}/refunds")
    public Map<String, String> refund(@PathVariable String id, @RequestBody RefundCommand command) {
        ShopOrder order = order(id);
        Exchange accepted = send("umf:refund/async", UmfRequests.refund(order, command.amount(), notifyUrl()), id);
        String refundId = header(accepted, UmfConstants.REFUND_ID);
        // UMF's answer to an asynchronous refund carries no state (3.11): it is in process until UMF notifies it
        String state = accepted.getMessage().getHeader(UmfConstants.STATE, "REFUND_PROCESS", String.class);
        order.getRefunds().putIfAbsent(refundId, state);
        return Map.of("id", refundId, "state", state);
    }

    @GetMapping("/orders/{id}")
    public ShopOrder get(@PathVariable String id) {
        return order(id);
    }

    private ShopOrder order(String id) {
        return orders.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + id));
    }

    private Exchange send(String uri, Object body, String paymentId) {
        Exchange exchange = umf.send(uri, e -> {
            e.getMessage().setBody(body);
            if (paymentId != null) {
                e.getMessage().setHeader(UmfConstants.PAYMENT_ID, paymentId);
            }
        });
        if (exchange.getException() != null) {
            throw ErrorAnswers.rethrow(exchange.getException());
        }
        return exchange;
    }

    private static String header(Exchange exchange, String name) {
        return exchange.getMessage().getHeader(name, String.class);
    }
}

package io.github.camelumf.example.springboot;

/** {@code POST /orders/{id}/refunds}: the amount to give back (in the order's currency). */
public record RefundCommand(String amount) {
}

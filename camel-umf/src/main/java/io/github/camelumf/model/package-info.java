/**
 * Typed UMF API objects (section 5 of the reference) for payments and refunds: request bodies
 * ({@link io.github.camelumf.model.PaymentRequest}, {@link io.github.camelumf.model.PaymentVerifyRequest},
 * {@link io.github.camelumf.model.PaymentExecuteRequest}, {@link io.github.camelumf.model.RefundRequest}), responses
 * ({@link io.github.camelumf.model.PaymentResponse}, {@link io.github.camelumf.model.RefundResponse},
 * {@link io.github.camelumf.model.PaymentWithRefundsResponse}) and the objects inside them.
 * <p>
 * All are Jackson POJOs with snake_case members, {@code BigDecimal} money written as two-decimal strings, enums that
 * tolerate values UMF adds later, unknown members kept, fluent setters for routes, and a {@code toString()} that masks
 * card data, names, ID numbers and phone numbers. {@link io.github.camelumf.model.UmfJson} holds the shared mapper and
 * turns any body a route sends into one JSON tree.
 * <p>
 * Each property has a getter, a setter and a fluent setter named {@code withXxx} ({@code new Order().withMerDate(..)}).
 * No other public method has a property's name, so Camel's Simple language reads {@code ${body.order.amount.total}}
 * through the getters: a fluent setter named like the property ({@code amount(Amount)}) would be the method Camel
 * picks for {@code ${body.amount}}, called with the message body as its argument.
 */
package io.github.camelumf.model;

package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.SandboxNotifications;
import io.github.camelumf.sandbox.declaration.DeclarationService;
import io.github.camelumf.sandbox.agreement.BindingService;
import io.github.camelumf.sandbox.notification.Notifier;
import io.github.camelumf.sandbox.payment.PaymentService;
import io.github.camelumf.sandbox.payment.RefundService;
import io.github.camelumf.sandbox.security.TokenRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unauthenticated control API below {@code /sandbox} for standalone use (the same functions as the Java API):
 * <ul>
 * <li>{@code GET /sandbox/payments/{id}} the stored payment; {@code GET /sandbox/payments/{id}/sms-code}</li>
 * <li>{@code POST /sandbox/payments/{id}/complete}, {@code /fail}, {@code /expire}</li>
 * <li>{@code GET /sandbox/refunds/{id}}; {@code POST /sandbox/refunds/{id}/complete}, {@code /fail}</li>
 * <li>{@code GET /sandbox/declarations/{id}}; {@code POST /sandbox/declarations/{id}/complete}, {@code /fail}</li>
 * <li>{@code GET /sandbox/bindings/{external_customer_id}/sms-code} the code sent to bind a card of the customer</li>
 * <li>{@code POST /sandbox/token/disable}; {@code POST /sandbox/clock/advance?seconds=N}</li>
 * <li>{@code GET /sandbox/upay/{id}} the stand-in for UMF's cashier / bank page (a small HTML page)</li>
 * <li>notifications: see {@link NotificationControl}</li>
 * </ul>
 * Unknown ids answer 404, a payment or refund in the wrong state 409.
 */
public final class ControlHandler implements HttpHandler {

    private static final Pattern PAYMENT = Pattern.compile("/sandbox/payments/([^/]+)(?:/(sms-code|complete|fail|expire))?");
    private static final Pattern REFUND = Pattern.compile("/sandbox/refunds/([^/]+)(?:/(complete|fail))?");
    private static final Pattern DECLARATION = Pattern.compile("/sandbox/declarations/([^/]+)(?:/(complete|fail))?");
    private static final Pattern BINDING = Pattern.compile("/sandbox/bindings/([^/]+)/sms-code");
    private static final Pattern UPAY = Pattern.compile("/sandbox/upay/([^/]+)");
    private static final Pattern SECONDS = Pattern.compile("(?:^|&)seconds=(\\d{1,9})(?:&|$)");

    private final PaymentService payments;
    private final RefundService refunds;
    private final DeclarationService declarations;
    private final TokenRegistry tokens;
    private final SandboxClock clock;
    private final ResponseWriter writer;
    private final NotificationControl notificationControl;
    private volatile BehaviourControl behaviourControl;
    private final BindingService bindings;

    public ControlHandler(PaymentService payments, RefundService refunds, DeclarationService declarations,
                          TokenRegistry tokens, SandboxClock clock, ResponseWriter writer,
                          SandboxNotifications notifications, Notifier notifier, BindingService bindings) {
        this.bindings = bindings;
        this.payments = payments;
        this.refunds = refunds;
        this.declarations = declarations;
        this.tokens = tokens;
        this.clock = clock;
        this.writer = writer;
        this.notificationControl = new NotificationControl(notifications, notifier, declarations);
    }

    /** Serves {@code /sandbox/behaviour} with {@code control}. */
    public void behaviourControl(BehaviourControl control) {
        this.behaviourControl = control;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        try {
            Matcher upay = UPAY.matcher(path);
            if (upay.matches() && "GET".equals(method)) {
                ObjectNode payment = payments.snapshot(upay.group(1));
                writer.send(exchange, 200, "text/html;charset=UTF-8", page(payment), Map.of());
                return;
            }
            writer.write(exchange, new ApiResponse(200, dispatch(method, path, exchange), Map.of()));
        } catch (IllegalArgumentException e) {
            writer.write(exchange, new ApiResponse(404, error(e.getMessage()), Map.of()));
        } catch (IllegalStateException e) {
            writer.write(exchange, new ApiResponse(409, error(e.getMessage()), Map.of()));
        } catch (UnsupportedOperationException e) {
            writer.write(exchange, new ApiResponse(405, error(e.getMessage()), Map.of()));
        }
    }

    private ObjectNode dispatch(String method, String path, HttpExchange exchange) {
        if (notificationControl.handles(path)) {
            return notificationControl.dispatch(method, path, exchange.getRequestURI().getRawQuery());
        }
        if (BehaviourControl.PATH.equals(path) && behaviourControl != null) {
            return behaviourControl.dispatch(method, exchange.getRequestURI().getRawQuery());
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        Matcher binding = BINDING.matcher(path);
        if (binding.matches()) {
            requireMethod(method, "GET");
            String customer = java.net.URLDecoder.decode(binding.group(1), StandardCharsets.UTF_8);
            String code = bindings.smsCode(customer);
            if (code == null) {
                throw new IllegalArgumentException("no SMS code was sent to bind a card of customer " + customer);
            }
            result.put("external_customer_id", customer);
            result.put("sms_code", code);
            return result;
        }
        Matcher payment = PAYMENT.matcher(path);
        Matcher refund = REFUND.matcher(path);
        if (payment.matches()) {
            String id = payment.group(1);
            String action = payment.group(2);
            if (action == null || "sms-code".equals(action)) {
                requireMethod(method, "GET");
                if (action == null) {
                    result.set("payment", payments.snapshot(id));
                } else {
                    String code = payments.smsCode(id);
                    if (code == null) {
                        throw new IllegalArgumentException("no SMS code was sent for payment " + id);
                    }
                    result.put("payment_id", id);
                    result.put("sms_code", code);
                }
                return result;
            }
            requireMethod(method, "POST");
            switch (action) {
                case "complete":
                    payments.complete(id);
                    break;
                case "fail":
                    payments.fail(id);
                    break;
                default:
                    payments.expire(id);
            }
            result.set("payment", payments.snapshot(id));
            return result;
        }
        if (refund.matches()) {
            String id = refund.group(1);
            String action = refund.group(2);
            if (action == null) {
                requireMethod(method, "GET");
            } else {
                requireMethod(method, "POST");
                if ("complete".equals(action)) {
                    refunds.complete(id);
                } else {
                    refunds.fail(id);
                }
            }
            result.set("refund", refunds.snapshot(id));
            return result;
        }
        Matcher declaration = DECLARATION.matcher(path);
        if (declaration.matches()) {
            String id = declaration.group(1);
            String action = declaration.group(2);
            if (action == null) {
                requireMethod(method, "GET");
            } else {
                requireMethod(method, "POST");
                if ("complete".equals(action)) {
                    declarations.complete(id);
                } else {
                    declarations.fail(id);
                }
            }
            result.set("declaration", declarations.snapshot(id));
            return result;
        }
        if ("/sandbox/token/disable".equals(path)) {
            requireMethod(method, "POST");
            tokens.disableCurrent();
            result.put("tokens_issued", tokens.issuedCount());
            return result;
        }
        if ("/sandbox/clock/advance".equals(path)) {
            requireMethod(method, "POST");
            String query = exchange.getRequestURI().getRawQuery();
            Matcher seconds = SECONDS.matcher(query == null ? "" : query);
            if (!seconds.find()) {
                throw new IllegalArgumentException("query parameter seconds=N is required");
            }
            clock.advance(Duration.ofSeconds(Long.parseLong(seconds.group(1))));
            result.put("now", clock.instant().toString());
            return result;
        }
        throw new IllegalArgumentException("no sandbox control at " + path);
    }

    private static void requireMethod(String method, String expected) {
        if (!expected.equals(method)) {
            throw new UnsupportedOperationException("use " + expected);
        }
    }

    private static ObjectNode error(String message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("error", message);
        return node;
    }

    private static byte[] page(ObjectNode payment) {
        String id = escape(payment.path("id").asText());
        String amount = escape(payment.path("order").path("amount").path("total").asText() + " "
                + payment.path("order").path("amount").path("currency").asText());
        String html = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>UMF sandbox payment</title></head>"
                + "<body><h1>UMF sandbox payment page</h1><p>Payment <code>" + id + "</code>: " + amount
                + ", state <b>" + escape(payment.path("state").asText()) + "</b>.</p>"
                + "<form method=\"post\" action=\"/sandbox/payments/" + id + "/complete\">"
                + "<button type=\"submit\">Pay</button></form>"
                + "<form method=\"post\" action=\"/sandbox/payments/" + id + "/fail\">"
                + "<button type=\"submit\">Fail</button></form></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.payment.PaymentService;
import io.github.camelumf.sandbox.payment.ReferenceDataService;
import io.github.camelumf.sandbox.payment.RefundService;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.RetCode;
import io.github.camelumf.sandbox.security.FieldDecryptor;
import io.github.camelumf.sandbox.security.TokenRegistry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API operations the sandbox serves below {@code /cberest/v1}: method, path, encrypted fields, action. */
public final class ApiRoutes {

    /** The token call's path. */
    public static final String TOKEN_PATH = "/oauth/authorize";

    /** What one call brings: path parameters, the JSON body (POST), decrypted *enc* fields, query parameters. */
    public record ApiCall(List<String> params, ObjectNode body, Map<String, String> decrypted,
                          Map<String, String> query) {
        String param(int index) {
            return params.get(index);
        }
    }

    /** The operation: returns the result members of the answer. */
    @FunctionalInterface
    public interface Action {
        ObjectNode apply(ApiCall call);
    }

    /** One operation. */
    public record Route(String method, Pattern path, boolean tokenCall, List<String> encryptedFields, Action action) {
    }

    /** A route matched for a call, with the path parameters. */
    public record Match(Route route, List<String> params) {
    }

    private static final String ID = "([^/]+)";

    private final List<Route> routes = new ArrayList<>();

    public ApiRoutes(TokenRegistry tokens, PaymentService payments, RefundService refunds,
                     ReferenceDataService reference, FieldDecryptor decryptor) {
        post(TOKEN_PATH, true, List.of(), call -> token(tokens, call.body()));
        post("/payments/payment", false, FieldDecryptor.PAYMENT_FIELDS, call -> payments.create(call.body()));
        post("/payments/payment/" + ID + "/verify", false, FieldDecryptor.PAYMENT_FIELDS,
                call -> payments.verify(call.param(0), call.body(), call.decrypted()));
        post("/payments/payment/" + ID + "/execute", false, FieldDecryptor.PAYMENT_FIELDS,
                call -> payments.execute(call.param(0), call.body(), call.decrypted()));
        get("/payments/payment/self_account_balance", call -> reference.balance());
        get("/bank", call -> reference.banks(call.query().get("type")));
        get("/bank/cardbin", call -> reference.cardBin(decryptor.decryptQuery(call.query(), "card",
                call.decrypted())));
        get("/exchange_rate", call -> reference.exchangeRate(call.query().get("currency")));
        get("/payments/payment/" + ID + "/self_payment_refund", call -> payments.getWithRefunds(call.param(0)));
        get("/payments/payment/" + ID, call -> payments.get(call.param(0)));
        post("/payments/payment/" + ID + "/refund", false, List.of(),
                call -> refunds.refund(call.param(0), call.body(), false));
        post("/payments/payment/" + ID + "/asynchronous_refund", false, List.of(),
                call -> refunds.refund(call.param(0), call.body(), true));
        get("/payments/refund/" + ID, call -> refunds.get(call.param(0)));
    }

    /** The route for a call: HTTP 404 when no route has the path, 405 when none has it with this method. */
    public Match match(String method, String apiPath) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(apiPath);
            if (!matcher.matches()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= matcher.groupCount(); i++) {
                params.add(matcher.group(i));
            }
            return new Match(route, params);
        }
        if (!allowed.isEmpty()) {
            throw new MethodNotAllowed(String.join(", ", allowed));
        }
        throw new ApiError("404", "Not found: no API operation at this path", 404);
    }

    /** HTTP 405 with the allowed methods. */
    public static final class MethodNotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String allow;

        MethodNotAllowed(String allow) {
            super("Method not allowed; allowed: " + allow, null, false, false);
            this.allow = allow;
        }

        public String allow() {
            return allow;
        }
    }

    private static ObjectNode token(TokenRegistry tokens, ObjectNode body) {
        try {
            return issue(tokens, body);
        } catch (ApiError e) {
            throw e.httpStatus() == 200 ? e.withStatus(400) : e;
        }
    }

    private static ObjectNode issue(TokenRegistry tokens, ObjectNode body) {
        String clientId = JsonFields.text(body, "client_id", "client_id");
        String clientSecret = JsonFields.text(body, "client_secret", "client_secret");
        String grantType = JsonFields.text(body, "grant_type", "grant_type");
        if (!"client_credentials".equals(grantType)) {
            throw new ApiError(RetCode.DATA_VALIDATION, "grant_type must be client_credentials").withStatus(400);
        }
        TokenRegistry.IssuedToken token = tokens.issue(clientId, clientSecret);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.put("access_token", token.accessToken());
        members.put("expires_in", token.expiresIn());
        return members;
    }

    private void post(String path, boolean tokenCall, List<String> encrypted, Action action) {
        routes.add(new Route("POST", Pattern.compile(path), tokenCall, encrypted, action));
    }

    private void get(String path, Action action) {
        routes.add(new Route("GET", Pattern.compile(path), false, List.of(), action));
    }
}

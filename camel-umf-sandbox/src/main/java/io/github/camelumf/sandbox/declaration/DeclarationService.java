package io.github.camelumf.sandbox.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.payment.Ids;
import io.github.camelumf.sandbox.payment.Links;
import io.github.camelumf.sandbox.payment.Payment;
import io.github.camelumf.sandbox.payment.PaymentState;
import io.github.camelumf.sandbox.payment.PaymentStore;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.Catalog;
import io.github.camelumf.sandbox.rules.RetCode;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Customs and CIQ declarations (3.16-3.19, 3.32, 3.50-3.54), of TRADE_SUCCESS payments only, one per sub-order and
 * kind: applied by payment id or by order reference (sub_order.mer_sub_reference_id and mer_date), ACCEPTED until
 * customs answers ({@link #complete}, {@link #fail}), queried by id or by order reference (0000 and the state for
 * SUCCESS; the 3.17 status codes otherwise), resent after a failure (declare_again). A customs declaration's result
 * goes to its notify_url ({@link DeclarationEvents}).
 */
public final class DeclarationService {

    private static final String VERIFY_DEPARTMENT = "UnionPay";

    private final PaymentStore store;
    private final Ids ids;
    private final SandboxClock clock;
    private final Links links;
    private final DeclarationEvents events;
    private final Map<String, Declaration> byId = new HashMap<>();
    private final Map<String, Declaration> bySubOrder = new HashMap<>();

    public DeclarationService(PaymentStore store, Ids ids, SandboxClock clock, Links links, DeclarationEvents events) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.links = links;
        this.events = events;
    }

    /** POST /payments/payment/{payment_id}/apply_to_customs (3.16): {@code customs_declarations} [..], links. */
    public ObjectNode applyCustoms(String paymentId, ObjectNode body) {
        ObjectNode request = DeclarationRequests.customs(body, false);
        Declaration declaration = apply(DeclarationKind.CUSTOMS, store.payment(paymentId), false, request);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("links", links(declaration, "/payments/customs_declarations/"));
        result.putArray("customs_declarations").add(DeclarationViews.customsApplied(declaration));
        return result;
    }

    /**
     * POST /payments/payment/apply_customs (3.50): {@code customs_declaration}; {@code decrypted} holds the plaintext
     * citizen_id_number when sent (15 or 18 characters, else {@code 00202009}).
     */
    public ObjectNode applyCustomsByOrder(ObjectNode body, Map<String, String> decrypted) {
        ObjectNode request = DeclarationRequests.customs(body, true);
        DeclarationRequests.citizenId(decrypted.get("citizen_id_number"));
        Declaration declaration = apply(DeclarationKind.CUSTOMS, paymentOf(request), true, request);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("customs_declaration", DeclarationViews.customsAppliedByOrder(declaration));
        return result;
    }

    /** GET /payments/customs_declarations/{id} (3.17): {@code customs_declarations} [{id, state, date}]. */
    public ObjectNode getCustoms(String id) {
        Declaration declaration = succeeded(find(DeclarationKind.CUSTOMS, id));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.putArray("customs_declarations").add(DeclarationViews.status(declaration));
        return result;
    }

    /** POST /payments/payment/customs_query (3.51): {@code customs_declaration}. */
    public ObjectNode queryCustomsByOrder(ObjectNode body) {
        DeclarationRequests.query(body);
        Declaration declaration = succeeded(findByOrder(DeclarationKind.CUSTOMS, body));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("customs_declaration", DeclarationViews.customsQueried(declaration, body.path("is_customs")));
        return result;
    }

    /** POST /payments/payment/{payment_id}/apply_to_ciq (3.18): {@code ciq_declarations}, links. */
    public ObjectNode applyCiq(String paymentId, ObjectNode body) {
        ObjectNode request = DeclarationRequests.ciq(body, false);
        Declaration declaration = apply(DeclarationKind.CIQ, store.payment(paymentId), false, request);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("links", links(declaration, "/payments/ciq_declarations/"));
        result.set("ciq_declarations", DeclarationViews.ciqApplied(declaration));
        return result;
    }

    /** POST /payments/payment/apply_to_ciq (3.52): {@code ciq_declarations}. */
    public ObjectNode applyCiqByOrder(ObjectNode body) {
        ObjectNode request = DeclarationRequests.ciq(body, true);
        Declaration declaration = apply(DeclarationKind.CIQ, paymentOf(request), true, request);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("ciq_declarations", DeclarationViews.ciqAppliedByOrder(declaration));
        return result;
    }

    /** GET /payments/ciq_declarations/{id} (3.19): {@code ciq_declarations} {id, state, date}. */
    public ObjectNode getCiq(String id) {
        Declaration declaration = succeeded(find(DeclarationKind.CIQ, id));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("ciq_declarations", DeclarationViews.ciqStatus(declaration));
        return result;
    }

    /** POST /payments/ciq_declarations (3.53): {@code ciq_declarations}. */
    public ObjectNode queryCiqByOrder(ObjectNode body) {
        DeclarationRequests.query(body);
        Declaration declaration = succeeded(findByOrder(DeclarationKind.CIQ, body));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("ciq_declarations", DeclarationViews.ciqQueried(declaration));
        return result;
    }

    /**
     * POST /declare_again (3.32, 3.54): a FAILed declaration, named by its sub-order reference (or the payment's
     * mer_reference_id), goes to customs (or CIQ) again: SUBMITTED. {@code declare_again} echoes the request.
     */
    public ObjectNode resend(ObjectNode body) {
        DeclarationKind kind = DeclarationRequests.resend(body);
        String reference = body.get("mer_reference_id").asText();
        Declaration declaration;
        synchronized (this) {
            declaration = bySubOrder.get(key(kind, reference));
            if (declaration == null) {
                for (Declaration candidate : bySubOrder.values()) {
                    if (candidate.kind() == kind && candidate.payment().merReferenceId().equals(reference)) {
                        declaration = candidate;
                    }
                }
            }
        }
        if (declaration == null) {
            throw new ApiError(RetCode.DECLARATION_NOT_SENT, "no declaration for declare_type and mer_reference_id");
        }
        if (!declaration.resubmit()) {
            throw declaration.state() == DeclarationState.SUCCESS ? refusalOfExisting(declaration)
                    : new ApiError(kind == DeclarationKind.CUSTOMS ? RetCode.DECLARATION_IN_TREATMENT
                            : RetCode.CIQ_IN_PROCESS, null);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode again = result.putObject("declare_again");
        again.put("declare_type", kind.declareType());
        again.put("mer_reference_id", reference);
        return result;
    }

    /** Customs (or CIQ) accepts the declaration: SUCCESS, notified. */
    public void complete(String id) {
        finish(id, DeclarationState.SUCCESS);
    }

    /** Customs (or CIQ) refuses the declaration: FAIL, notified; it may be resent. */
    public void fail(String id) {
        finish(id, DeclarationState.FAIL);
    }

    /** The declaration with this id; {@link IllegalArgumentException} when there is none. */
    public synchronized Declaration declaration(String id) {
        Declaration declaration = byId.get(id);
        if (declaration == null) {
            throw new IllegalArgumentException("the sandbox has no declaration " + id);
        }
        return declaration;
    }

    /** The id of the current declaration of this kind for a sub-order, or {@code null}. */
    public synchronized String declarationId(DeclarationKind kind, String merSubReferenceId) {
        Declaration declaration = bySubOrder.get(key(kind, merSubReferenceId));
        return declaration == null ? null : declaration.id();
    }

    /** The stored declaration for assertions: id, kind, payment_id, state, resends, the request as applied. */
    public ObjectNode snapshot(String id) {
        return DeclarationViews.snapshot(declaration(id));
    }

    private void finish(String id, DeclarationState target) {
        Declaration declaration = declaration(id);
        if (!declaration.finish(target, clock.instant())) {
            throw new IllegalStateException("declaration " + id + " is " + declaration.state() + ", not in progress");
        }
        events.declarationFinished(declaration);
    }

    private Declaration apply(DeclarationKind kind, Payment payment, boolean byOrder, ObjectNode request) {
        Instant now = clock.instant();
        PaymentState state = payment.state(now);
        if (state != PaymentState.TRADE_SUCCESS) {
            throw new ApiError(RetCode.ORDER_NOT_PAID, "the payment is " + state + "; only paid payments are declared");
        }
        String subReference = DeclarationRequests.subReference(request);
        JsonNode subOrder = subOrder(payment, subReference);
        if (kind == DeclarationKind.CUSTOMS) {
            checkItems(subOrder, request);
        } else if (!Catalog.GOODS_TRADE.equals(subOrder.path("trans_code").asText())) {
            throw new ApiError(RetCode.CIQ_GOODS_ONLY, "the sub-order's trans_code is not goods trade");
        }
        synchronized (this) {
            if (kind == DeclarationKind.CIQ) {
                Declaration customs = bySubOrder.get(key(DeclarationKind.CUSTOMS, subReference));
                if (customs == null || customs.state() == DeclarationState.FAIL) {
                    throw new ApiError(RetCode.CIQ_WITHOUT_CUSTOMS, "the sub-order has no customs declaration");
                }
            }
            Declaration existing = bySubOrder.get(key(kind, subReference));
            if (existing != null && existing.state() != DeclarationState.FAIL) {
                throw refusalOfExisting(existing);
            }
            String id = kind == DeclarationKind.CUSTOMS ? ids.customsDeclarationId(now) : ids.ciqDeclarationId(now);
            Declaration declaration = new Declaration(id, kind, payment, byOrder, request, subReference,
                    payment.order().path("mer_date").asText(), Ids.digits(16), Ids.digits(31), now);
            byId.put(id, declaration);
            bySubOrder.put(key(kind, subReference), declaration);
            return declaration;
        }
    }

    /** The paid payment of a by-order request: the one with this sub-order reference on this mer_date. */
    private Payment paymentOf(ObjectNode request) {
        String subReference = DeclarationRequests.subReference(request);
        String merDate = request.path("mer_date").asText();
        for (Payment payment : store.payments()) {
            if (merDate.equals(payment.order().path("mer_date").asText()) && hasSubOrder(payment, subReference)) {
                return payment;
            }
        }
        throw new ApiError(RetCode.PAYMENT_NOT_EXISTS, "no payment has this sub_order on this mer_date");
    }

    private static boolean hasSubOrder(Payment payment, String subReference) {
        for (JsonNode sub : payment.order().path("sub_orders")) {
            if (subReference.equals(sub.path("mer_sub_reference_id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode subOrder(Payment payment, String subReference) {
        for (JsonNode sub : payment.order().path("sub_orders")) {
            if (subReference.equals(sub.path("mer_sub_reference_id").asText())) {
                return sub;
            }
        }
        throw new ApiError(RetCode.SUB_ORDER_ABSENT, "sub_order.mer_sub_reference_id must be a sub-order of the payment");
    }

    private static void checkItems(JsonNode subOrder, ObjectNode request) {
        Set<String> known = new HashSet<>();
        for (JsonNode item : subOrder.path("items")) {
            known.add(item.path("mer_item_id").asText());
        }
        for (JsonNode item : request.path("sub_order").path("items")) {
            if (!known.contains(item.path("mer_item_id").asText())) {
                throw new ApiError(RetCode.NO_GOODS_INFORMATION,
                        "sub_order.items mer_item_id must be an item of the sub-order");
            }
        }
    }

    private synchronized Declaration find(DeclarationKind kind, String id) {
        Declaration declaration = byId.get(id);
        if (declaration == null || declaration.kind() != kind) {
            throw new ApiError(RetCode.DECLARATION_NOT_SENT, "no declaration with this id");
        }
        return declaration;
    }

    private synchronized Declaration findByOrder(DeclarationKind kind, ObjectNode body) {
        Declaration declaration = bySubOrder.get(key(kind, DeclarationRequests.subReference(body)));
        if (declaration == null || !declaration.merDate().equals(body.path("mer_date").asText())) {
            throw new ApiError(RetCode.DECLARATION_NOT_SENT, "no declaration of this sub_order on this mer_date");
        }
        return declaration;
    }

    /** The declaration when it succeeded; the 3.17 status code when it is in progress or failed. */
    private static Declaration succeeded(Declaration declaration) {
        DeclarationState state = declaration.state();
        if (state == DeclarationState.SUCCESS) {
            return declaration;
        }
        if (state == DeclarationState.FAIL) {
            throw new ApiError(RetCode.DECLARATION_FAILED, null);
        }
        throw new ApiError(declaration.kind() == DeclarationKind.CUSTOMS ? RetCode.DECLARATION_IN_TREATMENT
                : RetCode.CIQ_IN_PROCESS, null);
    }

    /** Why a declaration that exists cannot be applied for or resent again. */
    private static ApiError refusalOfExisting(Declaration existing) {
        boolean customs = existing.kind() == DeclarationKind.CUSTOMS;
        if (existing.state() == DeclarationState.SUCCESS) {
            return new ApiError(customs ? RetCode.DECLARED_TO_CUSTOMS : RetCode.CIQ_ALREADY_SUCCESSFUL, null);
        }
        return new ApiError(customs ? RetCode.DECLARED_TO_CUSTOMS : RetCode.CIQ_IN_PROCESS, null);
    }

    private ArrayNode links(Declaration declaration, String selfPath) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.addObject().put("ref", "parent_payment").put("method", "GET")
                .put("href", links.baseUrl() + "/payments/payment/" + declaration.payment().id());
        array.addObject().put("ref", "self").put("method", "GET")
                .put("href", links.baseUrl() + selfPath + declaration.id());
        return array;
    }

    private static String key(DeclarationKind kind, String subReference) {
        return kind + ":" + subReference;
    }
}

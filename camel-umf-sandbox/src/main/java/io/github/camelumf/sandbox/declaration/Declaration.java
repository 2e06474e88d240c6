package io.github.camelumf.sandbox.declaration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.payment.Payment;

import java.time.Instant;

/**
 * One customs or CIQ declaration of one sub-order of a paid payment: the request as applied (amounts normalised),
 * the traces UMF assigns, and the state. Thread-safe (state changes under the object's monitor).
 */
public final class Declaration {

    private final String id;
    private final DeclarationKind kind;
    private final Payment payment;
    private final boolean byOrder;
    private final ObjectNode request;
    private final String merSubReferenceId;
    private final String merDate;
    private final String trace;
    private final String payTrace;
    private final Instant appliedAt;

    private DeclarationState state = DeclarationState.ACCEPTED;
    private Instant finishedAt;
    private int resends;

    Declaration(String id, DeclarationKind kind, Payment payment, boolean byOrder, ObjectNode request,
                String merSubReferenceId, String merDate, String trace, String payTrace, Instant appliedAt) {
        this.id = id;
        this.kind = kind;
        this.payment = payment;
        this.byOrder = byOrder;
        this.request = request;
        this.merSubReferenceId = merSubReferenceId;
        this.merDate = merDate;
        this.trace = trace;
        this.payTrace = payTrace;
        this.appliedAt = appliedAt;
    }

    /** {@code CUST_...} or {@code CIQ_...}. */
    public String id() {
        return id;
    }

    public DeclarationKind kind() {
        return kind;
    }

    /** The paid payment declared. */
    public Payment payment() {
        return payment;
    }

    /** Whether it was applied by order reference (3.50, 3.52) rather than by payment id (3.16, 3.18). */
    public boolean byOrder() {
        return byOrder;
    }

    /** The request body as applied, amounts normalised (a copy is never handed out). */
    ObjectNode request() {
        return request;
    }

    public String merSubReferenceId() {
        return merSubReferenceId;
    }

    /** The order date (mer_date) of the payment. */
    public String merDate() {
        return merDate;
    }

    /** sub_customs_trace or sub_ciq_trace. */
    public String trace() {
        return trace;
    }

    /** verify_department_pay_trace (customs) / pay_trace. */
    public String payTrace() {
        return payTrace;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    /** The customs notify_url of the request, or empty. */
    public String notifyUrl() {
        return request.path("notify_url").asText("");
    }

    public synchronized DeclarationState state() {
        return state;
    }

    /** When it got SUCCESS or FAIL, or {@code null}. */
    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    /** How often it was resent (declare_again). */
    public synchronized int resends() {
        return resends;
    }

    /** In progress to SUCCESS or FAIL; false when it was not in progress. */
    synchronized boolean finish(DeclarationState target, Instant now) {
        if (!state.inProgress()) {
            return false;
        }
        state = target;
        finishedAt = now;
        return true;
    }

    /** FAIL to SUBMITTED (declare_again); false when it had not failed. */
    synchronized boolean resubmit() {
        if (state != DeclarationState.FAIL) {
            return false;
        }
        state = DeclarationState.SUBMITTED;
        finishedAt = null;
        resends++;
        return true;
    }

    /** The customs notification's {@code customs_declaration} for the current state. */
    public ObjectNode notificationView() {
        return DeclarationViews.notification(this);
    }

    @Override
    public String toString() {
        return "Declaration[" + kind + ' ' + id + ' ' + state() + ']';
    }
}

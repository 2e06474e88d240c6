package io.github.camelumf.sandbox.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.payment.Times;

import java.time.Instant;

/**
 * Declarations in the reference's shapes, member for member (never more): applied by payment id (3.16, 3.18) or by
 * order (3.50, 3.52), status by id (3.17, 3.19), status by order (3.51; 3.53 by analogy), and the customs
 * notification's declaration.
 */
final class DeclarationViews {

    private DeclarationViews() {
    }

    /** An element of 3.16's {@code customs_declarations}. */
    static ObjectNode customsApplied(Declaration d) {
        ObjectNode request = d.request();
        ObjectNode node = object();
        node.put("id", d.id());
        node.put("verify_department", "UnionPay");
        node.put("verify_department_pay_trace", d.payTrace());
        node.set("ec_plat_id", request.get("ec_plat_id"));
        node.set("mer_customs_code", request.get("mer_customs_code"));
        node.put("customs_clearance_date", customsClearanceDate(d));
        node.set("tax_amount", request.get("tax_amount"));
        copyIfPresent(request, node, "notify_url");
        node.set("sub_order", customsSubOrder(d, true));
        node.set("freight_amount", request.get("freight_amount"));
        node.set("sub_order_amount", request.get("sub_order_amount"));
        node.set("customs_id", request.get("customs_id"));
        return node;
    }

    /** 3.50's {@code customs_declaration}. */
    static ObjectNode customsAppliedByOrder(Declaration d) {
        ObjectNode request = d.request();
        ObjectNode node = object();
        node.set("tax_amount", request.get("tax_amount"));
        node.set("freight_amount", request.get("freight_amount"));
        node.put("mer_date", d.merDate());
        node.put("customs_clearance_date", customsClearanceDate(d));
        node.put("verify_department", "UnionPay");
        node.set("mer_customs_code", request.get("mer_customs_code"));
        node.set("sub_order", customsSubOrder(d, true));
        node.set("ec_plat_id", request.get("ec_plat_id"));
        node.put("verify_department_pay_trace", d.payTrace());
        node.set("sub_order_amount", request.get("sub_order_amount"));
        copyIfPresent(request, node, "notify_url");
        node.set("customs_id", request.get("customs_id"));
        return node;
    }

    /** An element of 3.17's {@code customs_declarations}. */
    static ObjectNode status(Declaration d) {
        ObjectNode node = object();
        node.put("customs_clearance_date", customsClearanceDate(d));
        node.put("id", d.id());
        node.put("state", d.state().name());
        return node;
    }

    /** 3.51's {@code customs_declaration}; {@code isCustoms} echoed when sent. */
    static ObjectNode customsQueried(Declaration d, JsonNode isCustoms) {
        ObjectNode node = object();
        node.put("pay_trace", d.payTrace());
        node.put("mer_date", d.merDate());
        node.put("customs_clearance_date", customsClearanceDate(d));
        node.put("state", d.state().name());
        node.putObject("sub_order").put("mer_sub_reference_id", d.merSubReferenceId());
        if (isCustoms.isTextual() && !isCustoms.asText().isEmpty()) {
            node.put("is_customs", isCustoms.asText());
        }
        node.set("customs_id", d.request().get("customs_id"));
        return node;
    }

    /** 3.18's {@code ciq_declarations}. */
    static ObjectNode ciqApplied(Declaration d) {
        ObjectNode node = object();
        node.put("id", d.id());
        node.put("ciq_clearance_date", Times.date(d.appliedAt()));
        node.set("plat_supplier_no", d.request().get("plat_supplier_no"));
        node.set("sub_order", ciqSubOrder(d));
        node.set("ciq_code", d.request().get("ciq_code"));
        return node;
    }

    /** 3.52's {@code ciq_declarations}. */
    static ObjectNode ciqAppliedByOrder(Declaration d) {
        ObjectNode node = object();
        node.put("mer_date", d.merDate());
        node.set("sub_order", ciqSubOrder(d));
        node.put("ciq_clearance_date", Times.date(d.appliedAt()));
        node.set("ciq_code", d.request().get("ciq_code"));
        node.set("plat_supplier_no", d.request().get("plat_supplier_no"));
        return node;
    }

    /** 3.19's {@code ciq_declarations}. */
    static ObjectNode ciqStatus(Declaration d) {
        ObjectNode node = object();
        node.put("id", d.id());
        node.put("ciq_clearance_date", Times.date(d.appliedAt()));
        node.put("state", d.state().name());
        return node;
    }

    /** 3.53's {@code ciq_declarations} (the reference shows only a refusal: 3.52's members and the state). */
    static ObjectNode ciqQueried(Declaration d) {
        ObjectNode node = ciqAppliedByOrder(d);
        node.put("state", d.state().name());
        return node;
    }

    /**
     * The customs notification's {@code customs_declaration}: the declaration object of 3.16/3.50 as the query of
     * 3.17/3.51 completes it (id, mer_reference_id of the payment, mer_date, customs_id, state,
     * customs_clearance_date, verify_department(_pay_trace), sub_order, sub_order_amount).
     */
    static ObjectNode notification(Declaration d) {
        ObjectNode node = object();
        node.put("id", d.id());
        node.put("mer_reference_id", d.payment().merReferenceId());
        node.put("mer_date", d.merDate());
        node.set("customs_id", d.request().get("customs_id"));
        node.put("state", d.state().name());
        node.put("customs_clearance_date", customsClearanceDate(d));
        node.put("verify_department", "UnionPay");
        node.put("verify_department_pay_trace", d.payTrace());
        node.set("sub_order", customsSubOrder(d, true));
        node.set("sub_order_amount", d.request().get("sub_order_amount"));
        return node;
    }

    /** Everything the sandbox keeps, for tests. */
    static ObjectNode snapshot(Declaration d) {
        ObjectNode node = object();
        node.put("id", d.id());
        node.put("kind", d.kind().name());
        node.put("payment_id", d.payment().id());
        node.put("by_order", d.byOrder());
        node.put("state", d.state().name());
        node.put("resends", d.resends());
        node.set("request", d.request().deepCopy());
        return node;
    }

    private static ObjectNode customsSubOrder(Declaration d, boolean items) {
        ObjectNode sub = object();
        sub.put("mer_sub_reference_id", d.merSubReferenceId());
        sub.put("sub_customs_trace", d.trace());
        if (items) {
            sub.set("items", DeclarationRequests.items(d.request()));
        }
        return sub;
    }

    private static ObjectNode ciqSubOrder(Declaration d) {
        ObjectNode sub = object();
        sub.put("mer_sub_reference_id", d.merSubReferenceId());
        sub.put("sub_ciq_trace", d.trace());
        return sub;
    }

    private static String customsClearanceDate(Declaration d) {
        Instant finished = d.finishedAt();
        return d.state() == DeclarationState.SUCCESS && finished != null ? Times.date(finished) : "";
    }

    private static void copyIfPresent(ObjectNode from, ObjectNode to, String name) {
        JsonNode value = from.get(name);
        if (value != null && !value.isNull()) {
            to.set(name, value);
        }
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}

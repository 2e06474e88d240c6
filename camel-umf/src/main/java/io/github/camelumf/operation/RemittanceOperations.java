package io.github.camelumf.operation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Outward remittance (9) and tuition transfer (10): the seventh table of operations.md. All rows pending (issue 8). */
public final class RemittanceOperations {

    private static final String PENDING = "issue 8 (remittance and tuition): not implemented yet";

    public static final UmfOperation PAYEE = UmfOperation.post("remittance/payee", "/send_payee_infor")
            .encrypted("payee_account, payee_name, payee_address, payee_swift, iban")
            .result(JsonNode.class, "meta").pending(PENDING).build();

    public static final UmfOperation ORDER_ITEM = UmfOperation.post("remittance/orderItem", "/send_order_item")
            .encrypted("payer_name, payer_IDCard").result(JsonNode.class, "meta").pending(PENDING).build();

    public static final UmfOperation CONFIRM = UmfOperation.post("remittance/confirm", "/confirm_payment")
            .encrypted("payee_account").result(JsonNode.class, "links").pending(PENDING).build();

    public static final UmfOperation STATUS = UmfOperation.get("remittance/status", "/{payment_id}/query_payment_status")
            .pathParam("payment_id", "paymentId").result(JsonNode.class, "pay_res").pending(PENDING).build();

    public static final UmfOperation TUITION_UPLOAD_FILES = UmfOperation.post("tuition/uploadFiles", "/upload_files")
            .result(JsonNode.class, "payOrder").pending(PENDING).build();

    public static final UmfOperation TUITION_ORDER = UmfOperation.post("tuition/order", "/send_order_item_by_file")
            .encrypted("payer_name, payer_id_card").result(JsonNode.class, "links").pending(PENDING).build();

    public static final UmfOperation TUITION_STATUS = UmfOperation
            .get("tuition/status", "/{payment_id}/query_payment_order").pathParam("payment_id", "paymentId")
            .result(JsonNode.class, "pay_query_order").pending(PENDING).build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS
            = List.of(PAYEE, ORDER_ITEM, CONFIRM, STATUS, TUITION_UPLOAD_FILES, TUITION_ORDER, TUITION_STATUS);

    private RemittanceOperations() {
    }
}

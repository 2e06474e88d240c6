package io.github.camelumf.operation;

import java.util.List;

import io.github.camelumf.model.Meta;
import io.github.camelumf.model.PaymentConfirmation;
import io.github.camelumf.model.RemittanceResult;
import io.github.camelumf.model.TuitionFiles;
import io.github.camelumf.model.TuitionOrderStatus;
import io.github.camelumf.validation.BodyRules;

/**
 * Outward remittance (9) and tuition transfer (10): the seventh table of operations.md. A remittance: payee
 * (remittance/payee), order details per batch (remittance/orderItem), confirmation of the batch
 * (remittance/confirm, whose {@link PaymentConfirmation} names the payment), status (remittance/status); refusals
 * carry the codes of 9.6. A tuition transfer: proof files (tuition/uploadFiles, multipart), order (tuition/order),
 * status (tuition/status); refusals carry the codes of 10.4.
 */
public final class RemittanceOperations {


    public static final UmfOperation PAYEE = UmfOperation.post("remittance/payee", "/send_payee_infor")
            .encrypted("payee_account, payee_name, payee_address, payee_swift, iban")
            .result(Meta.class, "meta").rules(BodyRules.PAYEE).build();

    public static final UmfOperation ORDER_ITEM = UmfOperation.post("remittance/orderItem", "/send_order_item")
            .encrypted("payer_name, payer_IDCard").result(Meta.class, "meta")
            .rules(BodyRules.REMITTANCE_ORDER_ITEM).build();

    public static final UmfOperation CONFIRM = UmfOperation.post("remittance/confirm", "/confirm_payment")
            .encrypted("payee_account").wholeResult(PaymentConfirmation.class, "links")
            .rules(BodyRules.OUTWARD_CONFIRM).build();

    public static final UmfOperation STATUS = UmfOperation.get("remittance/status", "/{payment_id}/query_payment_status")
            .pathParam("payment_id", "paymentId").result(RemittanceResult.class, "pay_res").build();

    public static final UmfOperation TUITION_UPLOAD_FILES = UmfOperation
            .of("tuition/uploadFiles", OperationKind.MULTIPART, UmfOperation.HttpMethod.POST, "/upload_files")
            .result(TuitionFiles.class, "payOrder").build();

    public static final UmfOperation TUITION_ORDER = UmfOperation.post("tuition/order", "/send_order_item_by_file")
            .encrypted("payer_name, payer_id_card").wholeResult(PaymentConfirmation.class, "links")
            .rules(BodyRules.TUITION_ORDER).build();

    public static final UmfOperation TUITION_STATUS = UmfOperation
            .get("tuition/status", "/{payment_id}/query_payment_order").pathParam("payment_id", "paymentId")
            .result(TuitionOrderStatus.class, "pay_query_order").build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS
            = List.of(PAYEE, ORDER_ITEM, CONFIRM, STATUS, TUITION_UPLOAD_FILES, TUITION_ORDER, TUITION_STATUS);

    private RemittanceOperations() {
    }
}

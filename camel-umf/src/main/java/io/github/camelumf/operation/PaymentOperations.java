package io.github.camelumf.operation;

import java.util.List;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.AccountBalance;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentWithRefundsResponse;
import io.github.camelumf.validation.BodyRules;

/** Payments (B2C and B2B, sections 2, 3, 4 of the reference): the first table of operations.md. */
public final class PaymentOperations {

    /** The *enc* fields of payment/create, payment/verify and payment/execute, as operations.md writes them. */
    public static final String PAYMENT_ENCRYPTED_FIELDS
            = "payer.payer_info.name;"
              + "payer.payer_info.bank_card.{number,valid_date,cvv2,payer_name,citizen_id_number};"
              + "payer.payer_info.{qr_code_scan,wechat_in_app,wechat_in_app_web,wechat_H5}.citizen_id_number;"
              + "payer.payer_info.payer_agreement.{valid_date,cvv2};"
              + "order.student_name";

    public static final UmfOperation CREATE = payment(UmfOperation.post("payment/create", "/payments/payment"))
            .encrypted(PAYMENT_ENCRYPTED_FIELDS).rules(BodyRules.PAYMENT_CREATE).build();

    public static final UmfOperation VERIFY = payment(
            UmfOperation.post("payment/verify", "/payments/payment/{payment_id}/verify").pathParam("payment_id", "paymentId"))
            .encrypted(PAYMENT_ENCRYPTED_FIELDS).rules(BodyRules.PAYMENT_VERIFY).build();

    public static final UmfOperation EXECUTE = payment(
            UmfOperation.post("payment/execute", "/payments/payment/{payment_id}/execute").pathParam("payment_id", "paymentId"))
            .encrypted(PAYMENT_ENCRYPTED_FIELDS).rules(BodyRules.PAYMENT_EXECUTE).build();

    public static final UmfOperation GET = UmfOperation.get("payment/get", "/payments/payment/{payment_id}")
            .pathParam("payment_id", "paymentId")
            .result(Payment.class, "payment")
            .header(UmfConstants.PAYMENT_ID, "payment", "id").header(UmfConstants.STATE, "payment", "state")
            .behaviour(PaymentBehaviours.REMEMBER_PAYMENT).build();

    public static final UmfOperation GET_WITH_REFUNDS = UmfOperation
            .get("payment/getWithRefunds", "/payments/payment/{payment_id}/self_payment_refund")
            .pathParam("payment_id", "paymentId")
            .wholeResult(PaymentWithRefundsResponse.class, "payment", "refund")
            .header(UmfConstants.PAYMENT_ID, "payment", "id").header(UmfConstants.STATE, "payment", "state")
            .behaviour(PaymentBehaviours.REMEMBER_PAYMENT).build();

    public static final UmfOperation UPDATE_EXPRESS = UmfOperation
            .post("payment/updateExpress", "/payments/payment/{payment_id}/update_express_info")
            .pathParam("payment_id", "paymentId")
            .result(Payment.class, "payment", "links")
            .rules(BodyRules.EXPRESS_UPDATE)
            .header(UmfConstants.PAYMENT_ID, "payment", "id").build();

    public static final UmfOperation BALANCE = UmfOperation
            .get("payment/balance", "/payments/payment/self_account_balance")
            .result(AccountBalance.class, "account_balance").build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS
            = List.of(CREATE, VERIFY, EXECUTE, GET, GET_WITH_REFUNDS, UPDATE_EXPRESS, BALANCE);

    private PaymentOperations() {
    }

    /** A payment call: the payment and links, its id and state as headers, the payment remembered. */
    private static UmfOperation.Builder payment(UmfOperation.Builder row) {
        return row.result(Payment.class, "payment", "links")
                .header(UmfConstants.PAYMENT_ID, "payment", "id").header(UmfConstants.STATE, "payment", "state")
                .behaviour(PaymentBehaviours.REMEMBER_PAYMENT);
    }
}

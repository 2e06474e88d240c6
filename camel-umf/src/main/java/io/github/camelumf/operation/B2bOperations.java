package io.github.camelumf.operation;

import java.util.List;

import io.github.camelumf.model.B2bOrder;
import io.github.camelumf.model.EnterpriseQualification;
import io.github.camelumf.model.Meta;
import io.github.camelumf.model.PaymentConfirmation;
import io.github.camelumf.model.QualificationReport;
import io.github.camelumf.validation.BodyRules;

/**
 * B2B enterprise (4.1, 4.2) and B2B payment (11): the sixth table of operations.md. The flow: enterprise
 * qualification report (b2b/qualification, then b2b/qualificationQuery), payee (b2b/payee), order details
 * (b2b/orderDetail, per batch), confirmation of the batch (b2b/confirm, whose {@link PaymentConfirmation} names the
 * payment) and the payment slip (b2b/orderQuery). Refusals carry the codes of 9.6. Then the contract and invoice go to
 * UMF's FTP server as one ZIP (b2b/uploadDocuments, 4.4: an FTP row, served by the producer of the {@code b2b}
 * package, not by HTTP).
 */
public final class B2bOperations {

    public static final UmfOperation ENTERPRISE_REGISTER = UmfOperation
            .post("enterprise/register", "/enterprise_qualification")
            .result(EnterpriseQualification.class, "enterprise_qualification", "links")
            .rules(BodyRules.ENTERPRISE_REGISTER).build();

    public static final UmfOperation ENTERPRISE_GET = UmfOperation.get("enterprise/get", "/enterprise_qualification/{id}")
            .pathParam("id", "enterpriseId")
            .result(EnterpriseQualification.class, "enterprise_qualification").build();

    public static final UmfOperation QUALIFICATION = UmfOperation
            .post("b2b/qualification", "/send_enterprise_qualification")
            .encrypted("cust_code, cust_name, cust_addr, rep_nm, cert_num, phone, cont_aact, company_phone")
            .result(Meta.class, "meta").rules(BodyRules.B2B_QUALIFICATION).build();

    public static final UmfOperation QUALIFICATION_QUERY = UmfOperation
            .post("b2b/qualificationQuery", "/query_enterprise_id").encrypted("cust_code, cust_name")
            .result(QualificationReport.class, "query_enterprise_id")
            .rules(BodyRules.B2B_QUALIFICATION_QUERY).build();

    public static final UmfOperation PAYEE = UmfOperation.post("b2b/payee", "/send_payee_infor")
            .encrypted("payee_account, payee_name, payee_address, payee_swift, iban")
            .result(Meta.class, "meta").rules(BodyRules.PAYEE).build();

    public static final UmfOperation ORDER_DETAIL = UmfOperation.post("b2b/orderDetail", "/send_b2bouter_order_detail")
            .result(Meta.class, "meta").rules(BodyRules.B2B_ORDER_DETAIL).build();

    public static final UmfOperation CONFIRM = UmfOperation.post("b2b/confirm", "/send_b2b_order")
            .encrypted("payee_account").wholeResult(PaymentConfirmation.class, "links")
            .rules(BodyRules.OUTWARD_CONFIRM).build();

    public static final UmfOperation ORDER_QUERY = UmfOperation.get("b2b/orderQuery", "/{payment_id}/query_order")
            .pathParam("payment_id", "paymentId")
            .result(B2bOrder.class, "query_order").build();

    public static final UmfOperation UPLOAD_DOCUMENTS = UmfOperation
            .of("b2b/uploadDocuments", OperationKind.FTP, null, null)
            .param(OperationParameter.query("mer_reference_id", "merReferenceId").asRequired())
            .param(OperationParameter.query("mer_date", "merDate").asRequired()).build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS = List.of(ENTERPRISE_REGISTER, ENTERPRISE_GET, QUALIFICATION,
            QUALIFICATION_QUERY, PAYEE, ORDER_DETAIL, CONFIRM, ORDER_QUERY, UPLOAD_DOCUMENTS);

    private B2bOperations() {
    }
}

package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The state of a tuition transfer ({@code pay_query_order}, 10.3): payment, receipt, verification and
 * operator states as UMF reports them, the fee and the operator's message.
 */
public class TuitionOrderStatus extends UmfObject {

    /** The payment status (empty until paid). */
    private String payStatus;

    /** The receipt status. */
    private String recStatus;

    /** The fee. */
    @JsonSerialize(using = DecimalStringSerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal fee;

    /** The operator's message. */
    private String operMsg;

    /** The verification status (201: the files were approved). */
    private String verifyStatus;

    /** The merchant's order id (mer_order_id of the order). */
    private String merOrderid;

    /** The operator status (1: approved). */
    private String operStatus;

    public TuitionOrderStatus() {
    }

    /** The payment status (empty until paid). */
    public String getPayStatus() {
        return payStatus;
    }

    public void setPayStatus(String payStatus) {
        this.payStatus = payStatus;
    }

    /** The receipt status. */
    public String getRecStatus() {
        return recStatus;
    }

    public void setRecStatus(String recStatus) {
        this.recStatus = recStatus;
    }

    /** The fee. */
    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    /** The operator's message. */
    public String getOperMsg() {
        return operMsg;
    }

    public void setOperMsg(String operMsg) {
        this.operMsg = operMsg;
    }

    /** The verification status (201: the files were approved). */
    public String getVerifyStatus() {
        return verifyStatus;
    }

    public void setVerifyStatus(String verifyStatus) {
        this.verifyStatus = verifyStatus;
    }

    /** The merchant's order id (mer_order_id of the order). */
    public String getMerOrderid() {
        return merOrderid;
    }

    public void setMerOrderid(String merOrderid) {
        this.merOrderid = merOrderid;
    }

    /** The operator status (1: approved). */
    public String getOperStatus() {
        return operStatus;
    }

    public void setOperStatus(String operStatus) {
        this.operStatus = operStatus;
    }


    @Override
    public String toString() {
        return describe()
                .add("pay_status", payStatus)
                .add("rec_status", recStatus)
                .add("fee", fee)
                .add("oper_msg", operMsg)
                .add("verify_status", verifyStatus)
                .add("mer_orderid", merOrderid)
                .add("oper_status", operStatus)
                .toString();
    }
}

package io.github.camelumf.model;

/**
 * A card the payer has bound before ({@code payer_agreement}, section 5), usable instead of a bank_card: from
 * umf:bind/confirm or umf:agreement/query.
 */
public class PayerAgreement extends UmfObject {

    /** The payer's ID with the merchant: 1 to 64 characters. */
    private String usrBusiAgreementId;

    /** The card's ID for that payer: 1 to 64 characters. */
    private String usrPayAgreementId;

    /** The bank code. */
    private String gateId;

    /** The last four digits of the card number. */
    private String lastFourCardid;

    /** The phone number registered with the bound card (agreement/query answers it). */
    private String phone;

    /** The validity date (encrypted on the wire). */
    private String validDate;

    /** The CVV2 (encrypted on the wire). */
    private String cvv2;

    /** The SMS verification code, 4 to 8 digits. */
    private String verifyCode;

    public PayerAgreement() {
    }

    /** The payer's ID with the merchant: 1 to 64 characters. */
    public String getUsrBusiAgreementId() {
        return usrBusiAgreementId;
    }

    public void setUsrBusiAgreementId(String usrBusiAgreementId) {
        this.usrBusiAgreementId = usrBusiAgreementId;
    }

    /** Sets {@code usr_busi_agreement_id}. */
    public PayerAgreement withUsrBusiAgreementId(String usrBusiAgreementId) {
        this.usrBusiAgreementId = usrBusiAgreementId;
        return this;
    }

    /** The card's ID for that payer: 1 to 64 characters. */
    public String getUsrPayAgreementId() {
        return usrPayAgreementId;
    }

    public void setUsrPayAgreementId(String usrPayAgreementId) {
        this.usrPayAgreementId = usrPayAgreementId;
    }

    /** Sets {@code usr_pay_agreement_id}. */
    public PayerAgreement withUsrPayAgreementId(String usrPayAgreementId) {
        this.usrPayAgreementId = usrPayAgreementId;
        return this;
    }

    /** The bank code. */
    public String getGateId() {
        return gateId;
    }

    public void setGateId(String gateId) {
        this.gateId = gateId;
    }

    /** Sets {@code gate_id}. */
    public PayerAgreement withGateId(String gateId) {
        this.gateId = gateId;
        return this;
    }

    /** The last four digits of the card number. */
    public String getLastFourCardid() {
        return lastFourCardid;
    }

    public void setLastFourCardid(String lastFourCardid) {
        this.lastFourCardid = lastFourCardid;
    }

    /** Sets {@code last_four_cardid}. */
    public PayerAgreement withLastFourCardid(String lastFourCardid) {
        this.lastFourCardid = lastFourCardid;
        return this;
    }

    /** The phone number registered with the bound card (agreement/query answers it). */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** The validity date (encrypted on the wire). */
    public String getValidDate() {
        return validDate;
    }

    public void setValidDate(String validDate) {
        this.validDate = validDate;
    }

    /** Sets {@code valid_date}. */
    public PayerAgreement withValidDate(String validDate) {
        this.validDate = validDate;
        return this;
    }

    /** The CVV2 (encrypted on the wire). */
    public String getCvv2() {
        return cvv2;
    }

    public void setCvv2(String cvv2) {
        this.cvv2 = cvv2;
    }

    /** Sets {@code cvv2}. */
    public PayerAgreement withCvv2(String cvv2) {
        this.cvv2 = cvv2;
        return this;
    }

    /** The SMS verification code, 4 to 8 digits. */
    public String getVerifyCode() {
        return verifyCode;
    }

    public void setVerifyCode(String verifyCode) {
        this.verifyCode = verifyCode;
    }

    /** Sets {@code verify_code}. */
    public PayerAgreement withVerifyCode(String verifyCode) {
        this.verifyCode = verifyCode;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("usr_busi_agreement_id", usrBusiAgreementId)
                .add("usr_pay_agreement_id", usrPayAgreementId)
                .add("gate_id", gateId)
                .add("last_four_cardid", lastFourCardid)
                .phone("phone", phone)
                .secret("valid_date", validDate)
                .secret("cvv2", cvv2)
                .secret("verify_code", verifyCode)
                .toString();
    }
}

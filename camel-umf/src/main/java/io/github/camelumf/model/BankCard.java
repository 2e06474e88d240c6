package io.github.camelumf.model;

/**
 * A bank card ({@code bank_card}, section 5), for CREDIT_CARD and DEBIT_CARD payments. Number, validity date,
 * CVV2, holder name and citizen ID number are encrypted before they are sent; {@code toString()} masks them.
 */
public class BankCard extends CitizenIdentified<BankCard> {

    /** The card number (encrypted on the wire). */
    private String number;

    /** The validity date, YYMM (encrypted on the wire). */
    private String validDate;

    /** The CVV2 (encrypted on the wire). */
    private String cvv2;

    /** The card holder's name (encrypted on the wire). */
    private String payerName;

    /** The phone number registered with the card issuer. */
    private String phone;

    /** The SMS verification code, 4 to 8 digits (execute step). */
    private String verifyCode;

    public BankCard() {
    }

    /** The card number (encrypted on the wire). */
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** Sets {@code number}. */
    public BankCard withNumber(String number) {
        this.number = number;
        return this;
    }

    /** The validity date, YYMM (encrypted on the wire). */
    public String getValidDate() {
        return validDate;
    }

    public void setValidDate(String validDate) {
        this.validDate = validDate;
    }

    /** Sets {@code valid_date}. */
    public BankCard withValidDate(String validDate) {
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
    public BankCard withCvv2(String cvv2) {
        this.cvv2 = cvv2;
        return this;
    }

    /** The card holder's name (encrypted on the wire). */
    public String getPayerName() {
        return payerName;
    }

    public void setPayerName(String payerName) {
        this.payerName = payerName;
    }

    /** Sets {@code payer_name}. */
    public BankCard withPayerName(String payerName) {
        this.payerName = payerName;
        return this;
    }

    /** The phone number registered with the card issuer. */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** Sets {@code phone}. */
    public BankCard withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    /** The SMS verification code, 4 to 8 digits (execute step). */
    public String getVerifyCode() {
        return verifyCode;
    }

    public void setVerifyCode(String verifyCode) {
        this.verifyCode = verifyCode;
    }

    /** Sets {@code verify_code}. */
    public BankCard withVerifyCode(String verifyCode) {
        this.verifyCode = verifyCode;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .cardNumber("number", number)
                .secret("valid_date", validDate)
                .secret("cvv2", cvv2)
                .secret("payer_name", payerName)
                .phone("phone", phone)
                .add("citizen_id_type", getCitizenIdType())
                .secret("citizen_id_number", getCitizenIdNumber())
                .secret("verify_code", verifyCode)
                .toString();
    }
}

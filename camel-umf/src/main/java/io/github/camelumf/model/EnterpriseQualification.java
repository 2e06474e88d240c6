package io.github.camelumf.model;

/**
 * An enterprise registered for B2B business ({@code enterprise_qualification}, section 5, 4.1); the payer
 * element of a B2B payment.
 */
public class EnterpriseQualification extends UmfObject {

    /** The ID UMF gave the registration. */
    private String id;

    /** The enterprise's ID in the merchant's system: 1 to 16 characters. */
    private String externalEnterpriseId;

    /** The enterprise's name: 1 to 256 characters. */
    private String enterpriseName;

    /** The contact's phone number. */
    private String enterprisePhone;

    /** The contact's e-mail address. */
    private String enterpriseEmail;

    /** The contact's name. */
    private String enterpriseContact;

    /** SJHG (exchanges money to CNY) or GFHG (from CNY). */
    private String busiType;

    /** The unified social credit code: 8 to 18 characters. */
    private String enterpriseCode;

    /** A (goods and services), OTHERS (services), UNKNOWN (no trade). */
    private String rank;

    /** DISABLE until UMF verified the documents, then ENABLE. */
    private String enterpriseStatus;

    public EnterpriseQualification() {
    }

    /** The ID UMF gave the registration. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code id}. */
    public EnterpriseQualification withId(String id) {
        this.id = id;
        return this;
    }

    /** The enterprise's ID in the merchant's system: 1 to 16 characters. */
    public String getExternalEnterpriseId() {
        return externalEnterpriseId;
    }

    public void setExternalEnterpriseId(String externalEnterpriseId) {
        this.externalEnterpriseId = externalEnterpriseId;
    }

    /** Sets {@code external_enterprise_id}. */
    public EnterpriseQualification withExternalEnterpriseId(String externalEnterpriseId) {
        this.externalEnterpriseId = externalEnterpriseId;
        return this;
    }

    /** The enterprise's name: 1 to 256 characters. */
    public String getEnterpriseName() {
        return enterpriseName;
    }

    public void setEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
    }

    /** Sets {@code enterprise_name}. */
    public EnterpriseQualification withEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
        return this;
    }

    /** The contact's phone number. */
    public String getEnterprisePhone() {
        return enterprisePhone;
    }

    public void setEnterprisePhone(String enterprisePhone) {
        this.enterprisePhone = enterprisePhone;
    }

    /** Sets {@code enterprise_phone}. */
    public EnterpriseQualification withEnterprisePhone(String enterprisePhone) {
        this.enterprisePhone = enterprisePhone;
        return this;
    }

    /** The contact's e-mail address. */
    public String getEnterpriseEmail() {
        return enterpriseEmail;
    }

    public void setEnterpriseEmail(String enterpriseEmail) {
        this.enterpriseEmail = enterpriseEmail;
    }

    /** Sets {@code enterprise_email}. */
    public EnterpriseQualification withEnterpriseEmail(String enterpriseEmail) {
        this.enterpriseEmail = enterpriseEmail;
        return this;
    }

    /** The contact's name. */
    public String getEnterpriseContact() {
        return enterpriseContact;
    }

    public void setEnterpriseContact(String enterpriseContact) {
        this.enterpriseContact = enterpriseContact;
    }

    /** Sets {@code enterprise_contact}. */
    public EnterpriseQualification withEnterpriseContact(String enterpriseContact) {
        this.enterpriseContact = enterpriseContact;
        return this;
    }

    /** SJHG (exchanges money to CNY) or GFHG (from CNY). */
    public String getBusiType() {
        return busiType;
    }

    public void setBusiType(String busiType) {
        this.busiType = busiType;
    }

    /** Sets {@code busi_type}. */
    public EnterpriseQualification withBusiType(String busiType) {
        this.busiType = busiType;
        return this;
    }

    /** The unified social credit code: 8 to 18 characters. */
    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }

    /** Sets {@code enterprise_code}. */
    public EnterpriseQualification withEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
        return this;
    }

    /** A (goods and services), OTHERS (services), UNKNOWN (no trade). */
    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    /** Sets {@code rank}. */
    public EnterpriseQualification withRank(String rank) {
        this.rank = rank;
        return this;
    }

    /** DISABLE until UMF verified the documents, then ENABLE. */
    public String getEnterpriseStatus() {
        return enterpriseStatus;
    }

    public void setEnterpriseStatus(String enterpriseStatus) {
        this.enterpriseStatus = enterpriseStatus;
    }

    /** Sets {@code enterprise_status}. */
    public EnterpriseQualification withEnterpriseStatus(String enterpriseStatus) {
        this.enterpriseStatus = enterpriseStatus;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("id", id)
                .add("external_enterprise_id", externalEnterpriseId)
                .add("enterprise_name", enterpriseName)
                .phone("enterprise_phone", enterprisePhone)
                .email("enterprise_email", enterpriseEmail)
                .secret("enterprise_contact", enterpriseContact)
                .add("busi_type", busiType)
                .add("enterprise_code", enterpriseCode)
                .add("rank", rank)
                .add("enterprise_status", enterpriseStatus)
                .toString();
    }
}

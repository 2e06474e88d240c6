package io.github.camelumf.model;

/**
 * The payer-identity pair that several pay elements share ({@code bank_card}, {@code qr_code_scan},
 * {@code wechat_in_app}, {@code wechat_in_app_web}, {@code wechat_H5}): {@code citizen_id_type} (IDENTITY_CARD) and
 * {@code citizen_id_number}, which is encrypted on the wire and masked in {@code toString()}.
 *
 * @param <T> the concrete element, so that the fluent setters keep returning it
 */
public abstract class CitizenIdentified<T extends CitizenIdentified<T>> extends UmfObject {

    /** The type of citizen ID; currently always IDENTITY_CARD. */
    private String citizenIdType;

    /** The citizen ID number (encrypted on the wire). */
    private String citizenIdNumber;

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** The type of citizen ID; currently always IDENTITY_CARD. */
    public String getCitizenIdType() {
        return citizenIdType;
    }

    public void setCitizenIdType(String citizenIdType) {
        this.citizenIdType = citizenIdType;
    }

    /** Sets {@code citizen_id_type}. */
    public T withCitizenIdType(String citizenIdType) {
        this.citizenIdType = citizenIdType;
        return self();
    }

    /** The citizen ID number (encrypted on the wire). */
    public String getCitizenIdNumber() {
        return citizenIdNumber;
    }

    public void setCitizenIdNumber(String citizenIdNumber) {
        this.citizenIdNumber = citizenIdNumber;
    }

    /** Sets {@code citizen_id_number}. */
    public T withCitizenIdNumber(String citizenIdNumber) {
        this.citizenIdNumber = citizenIdNumber;
        return self();
    }
}

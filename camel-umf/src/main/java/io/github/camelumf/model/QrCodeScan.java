package io.github.camelumf.model;

/**
 * QR code payment by WeChat or Alipay ({@code qr_code_scan}, section 5); UMF returns the QR code's content.
 */
public class QrCodeScan extends UmfObject {

    /** The type of citizen ID. */
    private String citizenIdType;

    /** The citizen ID number (encrypted on the wire). */
    private String citizenIdNumber;

    /** The content of the QR code (returned by UMF). */
    private String qrCodeUrl;

    public QrCodeScan() {
    }

    /** The type of citizen ID. */
    public String getCitizenIdType() {
        return citizenIdType;
    }

    public void setCitizenIdType(String citizenIdType) {
        this.citizenIdType = citizenIdType;
    }

    /** Sets {@code citizen_id_type}. */
    public QrCodeScan citizenIdType(String citizenIdType) {
        this.citizenIdType = citizenIdType;
        return this;
    }

    /** The citizen ID number (encrypted on the wire). */
    public String getCitizenIdNumber() {
        return citizenIdNumber;
    }

    public void setCitizenIdNumber(String citizenIdNumber) {
        this.citizenIdNumber = citizenIdNumber;
    }

    /** Sets {@code citizen_id_number}. */
    public QrCodeScan citizenIdNumber(String citizenIdNumber) {
        this.citizenIdNumber = citizenIdNumber;
        return this;
    }

    /** The content of the QR code (returned by UMF). */
    public String getQrCodeUrl() {
        return qrCodeUrl;
    }

    public void setQrCodeUrl(String qrCodeUrl) {
        this.qrCodeUrl = qrCodeUrl;
    }

    /** Sets {@code qr_code_url}. */
    public QrCodeScan qrCodeUrl(String qrCodeUrl) {
        this.qrCodeUrl = qrCodeUrl;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("citizen_id_type", citizenIdType)
                .secret("citizen_id_number", citizenIdNumber)
                .add("qr_code_url", qrCodeUrl)
                .toString();
    }
}

package io.github.camelumf.model;

/**
 * QR code payment by WeChat or Alipay ({@code qr_code_scan}, section 5); UMF returns the QR code's content.
 */
public class QrCodeScan extends CitizenIdentified<QrCodeScan> {

    /** The content of the QR code (returned by UMF). */
    private String qrCodeUrl;

    public QrCodeScan() {
    }

    /** The content of the QR code (returned by UMF). */
    public String getQrCodeUrl() {
        return qrCodeUrl;
    }

    public void setQrCodeUrl(String qrCodeUrl) {
        this.qrCodeUrl = qrCodeUrl;
    }

    /** Sets {@code qr_code_url}. */
    public QrCodeScan withQrCodeUrl(String qrCodeUrl) {
        this.qrCodeUrl = qrCodeUrl;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("citizen_id_type", getCitizenIdType())
                .secret("citizen_id_number", getCitizenIdNumber())
                .add("qr_code_url", qrCodeUrl)
                .toString();
    }
}

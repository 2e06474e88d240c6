package io.github.camelumf.model;

/**
 * WeChat payment inside a native app ({@code wechat_in_app}, section 5).
 */
public class WechatInApp extends UmfObject {

    /** The WeChat app ID of the merchant's app. */
    private String appId;

    /** The type of citizen ID. */
    private String citizenIdType;

    /** The citizen ID number (encrypted on the wire). */
    private String citizenIdNumber;

    /** What the WeChat SDK needs (returned by UMF). */
    private PayInfo payInfo;

    public WechatInApp() {
    }

    /** The WeChat app ID of the merchant's app. */
    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    /** Sets {@code app_id}. */
    public WechatInApp appId(String appId) {
        this.appId = appId;
        return this;
    }

    /** The type of citizen ID. */
    public String getCitizenIdType() {
        return citizenIdType;
    }

    public void setCitizenIdType(String citizenIdType) {
        this.citizenIdType = citizenIdType;
    }

    /** Sets {@code citizen_id_type}. */
    public WechatInApp citizenIdType(String citizenIdType) {
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
    public WechatInApp citizenIdNumber(String citizenIdNumber) {
        this.citizenIdNumber = citizenIdNumber;
        return this;
    }

    /** What the WeChat SDK needs (returned by UMF). */
    public PayInfo getPayInfo() {
        return payInfo;
    }

    public void setPayInfo(PayInfo payInfo) {
        this.payInfo = payInfo;
    }

    /** Sets {@code pay_info}. */
    public WechatInApp payInfo(PayInfo payInfo) {
        this.payInfo = payInfo;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("app_id", appId)
                .add("citizen_id_type", citizenIdType)
                .secret("citizen_id_number", citizenIdNumber)
                .add("pay_info", payInfo)
                .toString();
    }
}

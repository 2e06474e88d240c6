package io.github.camelumf.model;

/**
 * WeChat payment inside a native app ({@code wechat_in_app}, section 5).
 */
public class WechatInApp extends CitizenIdentified<WechatInApp> {

    /** The WeChat app ID of the merchant's app. */
    private String appId;

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
    public WechatInApp withAppId(String appId) {
        this.appId = appId;
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
    public WechatInApp withPayInfo(PayInfo payInfo) {
        this.payInfo = payInfo;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("app_id", appId)
                .add("citizen_id_type", getCitizenIdType())
                .secret("citizen_id_number", getCitizenIdNumber())
                .add("pay_info", payInfo)
                .toString();
    }
}

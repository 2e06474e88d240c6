package io.github.camelumf.model;

/**
 * WeChat official account payment inside the WeChat browser ({@code wechat_in_app_web}, section 5).
 */
public class WechatInAppWeb extends CitizenIdentified<WechatInAppWeb> {

    /** The official account's app ID (when it is the merchant's). */
    private String appId;

    /** The payer's OpenID for the official account. */
    private String openId;

    /** What the WeChat JS-API needs (returned by UMF). */
    private PayInfo payInfo;

    public WechatInAppWeb() {
    }

    /** The official account's app ID (when it is the merchant's). */
    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    /** Sets {@code app_id}. */
    public WechatInAppWeb withAppId(String appId) {
        this.appId = appId;
        return this;
    }

    /** The payer's OpenID for the official account. */
    public String getOpenId() {
        return openId;
    }

    public void setOpenId(String openId) {
        this.openId = openId;
    }

    /** Sets {@code open_id}. */
    public WechatInAppWeb withOpenId(String openId) {
        this.openId = openId;
        return this;
    }

    /** What the WeChat JS-API needs (returned by UMF). */
    public PayInfo getPayInfo() {
        return payInfo;
    }

    public void setPayInfo(PayInfo payInfo) {
        this.payInfo = payInfo;
    }

    /** Sets {@code pay_info}. */
    public WechatInAppWeb withPayInfo(PayInfo payInfo) {
        this.payInfo = payInfo;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("app_id", appId)
                .add("open_id", openId)
                .add("citizen_id_type", getCitizenIdType())
                .secret("citizen_id_number", getCitizenIdNumber())
                .add("pay_info", payInfo)
                .toString();
    }
}

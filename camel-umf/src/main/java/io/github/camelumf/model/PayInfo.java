package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the WeChat SDK or JS-API needs to start a payment ({@code pay_info}, section 5); returned by UMF.
 */
public class PayInfo extends UmfObject {

    /** The official account's app ID. */
    private String appId;

    /** The time stamp. */
    private String timeStamp;

    /** The signature type (MD5). */
    private String signType;

    /** The WeChat payment package ({@code prepay_id=...}). */
    @JsonProperty("package")
    private String packageValue;

    /** A random string of the signature. */
    private String nonceStr;

    /** The signature. */
    private String paySign;

    public PayInfo() {
    }

    /** The official account's app ID. */
    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    /** Sets {@code app_id}. */
    public PayInfo withAppId(String appId) {
        this.appId = appId;
        return this;
    }

    /** The time stamp. */
    public String getTimeStamp() {
        return timeStamp;
    }

    public void setTimeStamp(String timeStamp) {
        this.timeStamp = timeStamp;
    }

    /** Sets {@code time_stamp}. */
    public PayInfo withTimeStamp(String timeStamp) {
        this.timeStamp = timeStamp;
        return this;
    }

    /** The signature type (MD5). */
    public String getSignType() {
        return signType;
    }

    public void setSignType(String signType) {
        this.signType = signType;
    }

    /** Sets {@code sign_type}. */
    public PayInfo withSignType(String signType) {
        this.signType = signType;
        return this;
    }

    /** The WeChat payment package ({@code prepay_id=...}). */
    public String getPackageValue() {
        return packageValue;
    }

    public void setPackageValue(String packageValue) {
        this.packageValue = packageValue;
    }

    /** Sets {@code package}. */
    public PayInfo withPackageValue(String packageValue) {
        this.packageValue = packageValue;
        return this;
    }

    /** A random string of the signature. */
    public String getNonceStr() {
        return nonceStr;
    }

    public void setNonceStr(String nonceStr) {
        this.nonceStr = nonceStr;
    }

    /** Sets {@code nonce_str}. */
    public PayInfo withNonceStr(String nonceStr) {
        this.nonceStr = nonceStr;
        return this;
    }

    /** The signature. */
    public String getPaySign() {
        return paySign;
    }

    public void setPaySign(String paySign) {
        this.paySign = paySign;
    }

    /** Sets {@code pay_sign}. */
    public PayInfo withPaySign(String paySign) {
        this.paySign = paySign;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("app_id", appId)
                .add("time_stamp", timeStamp)
                .add("sign_type", signType)
                .add("package", packageValue)
                .add("nonce_str", nonceStr)
                .add("pay_sign", paySign)
                .toString();
    }
}

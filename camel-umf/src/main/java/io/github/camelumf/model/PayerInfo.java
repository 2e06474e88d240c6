package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The payer's details ({@code payer_info}, section 5) and the element of the chosen payment method: bank_card or
 * payer_agreement (cards), qr_code_scan (WECHAT_SCAN, ALIPAY_SCAN), wechat_in_app, wechat_in_app_web (WECHAT_WEB) or
 * wechat_H5.
 */
public class PayerInfo extends UmfObject {

    /** The payer's phone number. */
    private String phone;

    /** The payer's name (encrypted on the wire). */
    private String name;

    /** The card (CREDIT_CARD, DEBIT_CARD). */
    private BankCard bankCard;

    /** A bound card (CREDIT_CARD, DEBIT_CARD). */
    private PayerAgreement payerAgreement;

    /** QR code payment (WECHAT_SCAN, ALIPAY_SCAN). */
    private QrCodeScan qrCodeScan;

    /** WeChat in-app payment (WECHAT_IN_APP). */
    private WechatInApp wechatInApp;

    /** WeChat official account payment (WECHAT_WEB). */
    private WechatInAppWeb wechatInAppWeb;

    /** WeChat H5 payment (WECHAT_H5). */
    @JsonProperty("wechat_H5")
    private WechatH5 wechatH5;

    public PayerInfo() {
    }

    /** The payer's phone number. */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** Sets {@code phone}. */
    public PayerInfo withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    /** The payer's name (encrypted on the wire). */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Sets {@code name}. */
    public PayerInfo withName(String name) {
        this.name = name;
        return this;
    }

    /** The card (CREDIT_CARD, DEBIT_CARD). */
    public BankCard getBankCard() {
        return bankCard;
    }

    public void setBankCard(BankCard bankCard) {
        this.bankCard = bankCard;
    }

    /** Sets {@code bank_card}. */
    public PayerInfo withBankCard(BankCard bankCard) {
        this.bankCard = bankCard;
        return this;
    }

    /** A bound card (CREDIT_CARD, DEBIT_CARD). */
    public PayerAgreement getPayerAgreement() {
        return payerAgreement;
    }

    public void setPayerAgreement(PayerAgreement payerAgreement) {
        this.payerAgreement = payerAgreement;
    }

    /** Sets {@code payer_agreement}. */
    public PayerInfo withPayerAgreement(PayerAgreement payerAgreement) {
        this.payerAgreement = payerAgreement;
        return this;
    }

    /** QR code payment (WECHAT_SCAN, ALIPAY_SCAN). */
    public QrCodeScan getQrCodeScan() {
        return qrCodeScan;
    }

    public void setQrCodeScan(QrCodeScan qrCodeScan) {
        this.qrCodeScan = qrCodeScan;
    }

    /** Sets {@code qr_code_scan}. */
    public PayerInfo withQrCodeScan(QrCodeScan qrCodeScan) {
        this.qrCodeScan = qrCodeScan;
        return this;
    }

    /** WeChat in-app payment (WECHAT_IN_APP). */
    public WechatInApp getWechatInApp() {
        return wechatInApp;
    }

    public void setWechatInApp(WechatInApp wechatInApp) {
        this.wechatInApp = wechatInApp;
    }

    /** Sets {@code wechat_in_app}. */
    public PayerInfo withWechatInApp(WechatInApp wechatInApp) {
        this.wechatInApp = wechatInApp;
        return this;
    }

    /** WeChat official account payment (WECHAT_WEB). */
    public WechatInAppWeb getWechatInAppWeb() {
        return wechatInAppWeb;
    }

    public void setWechatInAppWeb(WechatInAppWeb wechatInAppWeb) {
        this.wechatInAppWeb = wechatInAppWeb;
    }

    /** Sets {@code wechat_in_app_web}. */
    public PayerInfo withWechatInAppWeb(WechatInAppWeb wechatInAppWeb) {
        this.wechatInAppWeb = wechatInAppWeb;
        return this;
    }

    /** WeChat H5 payment (WECHAT_H5). */
    public WechatH5 getWechatH5() {
        return wechatH5;
    }

    public void setWechatH5(WechatH5 wechatH5) {
        this.wechatH5 = wechatH5;
    }

    /** Sets {@code wechat_H5}. */
    public PayerInfo withWechatH5(WechatH5 wechatH5) {
        this.wechatH5 = wechatH5;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .phone("phone", phone)
                .secret("name", name)
                .add("bank_card", bankCard)
                .add("payer_agreement", payerAgreement)
                .add("qr_code_scan", qrCodeScan)
                .add("wechat_in_app", wechatInApp)
                .add("wechat_in_app_web", wechatInAppWeb)
                .add("wechat_H5", wechatH5)
                .toString();
    }
}

package io.github.camelumf.sandbox.rules;

/** How a payment is paid, derived from payment_method, interface_type and business_type (section 5 payer table). */
public enum PaymentKind {
    /** CREDIT_CARD / DEBIT_CARD over SERVER_TO_SERVER: create, SMS verify, execute. */
    CARD,
    /** WECHAT_SCAN / ALIPAY_SCAN: a QR code URL; the buyer pays by scanning. */
    QR_CODE,
    /** WECHAT_IN_APP: pay_info for the WeChat SDK. */
    WECHAT_IN_APP,
    /** WECHAT_WEB: pay_info for the WeChat JS-API. */
    WECHAT_WEB,
    /** WECHAT_H5: an URL-encoded WeChat H5 URL. */
    WECHAT_H5,
    /** NOT_APPLICABLE with SERVER_TO_WEB / SERVER_TO_H5WEB: a link to UMF's cashier page. */
    UMF_PAGE,
    /** NOT_APPLICABLE with DIRECT_TO_BANK (B2C): a link to the bank's page. */
    BANK_PAGE,
    /** B2B, NOT_APPLICABLE with DIRECT_TO_BANK: a link to the business e-bank page. */
    B2B_BANK;

    /** Whether the buyer pays outside the API (completed through the sandbox control functions). */
    public boolean paidOutsideApi() {
        return this != CARD;
    }
}

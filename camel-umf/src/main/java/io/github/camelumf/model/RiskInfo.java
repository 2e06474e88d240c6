package io.github.camelumf.model;

/**
 * Anti-fraud information ({@code risk_info}, section 5); which members are needed depends on the merchant's
 * contract with UMF. All values are strings.
 */
public class RiskInfo extends UmfObject {

    /** Transaction type: 01 deposit, 02 purchase. */
    private String transType;

    /** 0 virtual goods, 1 physical goods, 2 air ticket, 3 electronic. */
    private String goodsType;

    /** 0 not a real-name system, 1 real-name system. */
    private String realName;

    /** Category of business. */
    private String businessType;

    /** The recipient's name. */
    private String receiverName;

    /** The recipient's phone number (UMF's spelling). */
    private String receiverMoblieId;

    /** The delivery address. */
    private String receiverAddress;

    /** The registrant's ID card number. */
    private String registrationIdentifyCode;

    /** The registrant's e-mail address. */
    private String registrationEmail;

    /** The registrant's phone number (UMF's spelling). */
    private String registrationMoblieId;

    /** The device identification. */
    private String deviceId;

    /** The device type. */
    private String deviceType;

    /** The user ID at the merchant. */
    private String userId;

    /** The registration time, yyyyMMddHHmmss. */
    private String registrationTime;

    /** 1 Android app, 2 iOS app, 3 PC web, 4 mobile web. */
    private String userAgent;

    /** The number of successful transactions at the merchant. */
    private String successTransactionsNumber;

    /** Whether the recipient's phone is the one registered with the bank: 0 or 1. */
    private String isReceiverBankNum;

    /** The days since registration. */
    private String registrationDays;

    public RiskInfo() {
    }

    /** Transaction type: 01 deposit, 02 purchase. */
    public String getTransType() {
        return transType;
    }

    public void setTransType(String transType) {
        this.transType = transType;
    }

    /** Sets {@code trans_type}. */
    public RiskInfo withTransType(String transType) {
        this.transType = transType;
        return this;
    }

    /** 0 virtual goods, 1 physical goods, 2 air ticket, 3 electronic. */
    public String getGoodsType() {
        return goodsType;
    }

    public void setGoodsType(String goodsType) {
        this.goodsType = goodsType;
    }

    /** Sets {@code goods_type}. */
    public RiskInfo withGoodsType(String goodsType) {
        this.goodsType = goodsType;
        return this;
    }

    /** 0 not a real-name system, 1 real-name system. */
    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    /** Sets {@code real_name}. */
    public RiskInfo withRealName(String realName) {
        this.realName = realName;
        return this;
    }

    /** Category of business. */
    public String getBusinessType() {
        return businessType;
    }

    public void setBusinessType(String businessType) {
        this.businessType = businessType;
    }

    /** Sets {@code business_type}. */
    public RiskInfo withBusinessType(String businessType) {
        this.businessType = businessType;
        return this;
    }

    /** The recipient's name. */
    public String getReceiverName() {
        return receiverName;
    }

    public void setReceiverName(String receiverName) {
        this.receiverName = receiverName;
    }

    /** Sets {@code receiver_name}. */
    public RiskInfo withReceiverName(String receiverName) {
        this.receiverName = receiverName;
        return this;
    }

    /** The recipient's phone number (UMF's spelling). */
    public String getReceiverMoblieId() {
        return receiverMoblieId;
    }

    public void setReceiverMoblieId(String receiverMoblieId) {
        this.receiverMoblieId = receiverMoblieId;
    }

    /** Sets {@code receiver_moblie_id}. */
    public RiskInfo withReceiverMoblieId(String receiverMoblieId) {
        this.receiverMoblieId = receiverMoblieId;
        return this;
    }

    /** The delivery address. */
    public String getReceiverAddress() {
        return receiverAddress;
    }

    public void setReceiverAddress(String receiverAddress) {
        this.receiverAddress = receiverAddress;
    }

    /** Sets {@code receiver_address}. */
    public RiskInfo withReceiverAddress(String receiverAddress) {
        this.receiverAddress = receiverAddress;
        return this;
    }

    /** The registrant's ID card number. */
    public String getRegistrationIdentifyCode() {
        return registrationIdentifyCode;
    }

    public void setRegistrationIdentifyCode(String registrationIdentifyCode) {
        this.registrationIdentifyCode = registrationIdentifyCode;
    }

    /** Sets {@code registration_identify_code}. */
    public RiskInfo withRegistrationIdentifyCode(String registrationIdentifyCode) {
        this.registrationIdentifyCode = registrationIdentifyCode;
        return this;
    }

    /** The registrant's e-mail address. */
    public String getRegistrationEmail() {
        return registrationEmail;
    }

    public void setRegistrationEmail(String registrationEmail) {
        this.registrationEmail = registrationEmail;
    }

    /** Sets {@code registration_email}. */
    public RiskInfo withRegistrationEmail(String registrationEmail) {
        this.registrationEmail = registrationEmail;
        return this;
    }

    /** The registrant's phone number (UMF's spelling). */
    public String getRegistrationMoblieId() {
        return registrationMoblieId;
    }

    public void setRegistrationMoblieId(String registrationMoblieId) {
        this.registrationMoblieId = registrationMoblieId;
    }

    /** Sets {@code registration_moblie_id}. */
    public RiskInfo withRegistrationMoblieId(String registrationMoblieId) {
        this.registrationMoblieId = registrationMoblieId;
        return this;
    }

    /** The device identification. */
    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    /** Sets {@code device_id}. */
    public RiskInfo withDeviceId(String deviceId) {
        this.deviceId = deviceId;
        return this;
    }

    /** The device type. */
    public String getDeviceType() {
        return deviceType;
    }

    public void setDeviceType(String deviceType) {
        this.deviceType = deviceType;
    }

    /** Sets {@code device_type}. */
    public RiskInfo withDeviceType(String deviceType) {
        this.deviceType = deviceType;
        return this;
    }

    /** The user ID at the merchant. */
    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    /** Sets {@code user_id}. */
    public RiskInfo withUserId(String userId) {
        this.userId = userId;
        return this;
    }

    /** The registration time, yyyyMMddHHmmss. */
    public String getRegistrationTime() {
        return registrationTime;
    }

    public void setRegistrationTime(String registrationTime) {
        this.registrationTime = registrationTime;
    }

    /** Sets {@code registration_time}. */
    public RiskInfo withRegistrationTime(String registrationTime) {
        this.registrationTime = registrationTime;
        return this;
    }

    /** 1 Android app, 2 iOS app, 3 PC web, 4 mobile web. */
    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    /** Sets {@code user_agent}. */
    public RiskInfo withUserAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    /** The number of successful transactions at the merchant. */
    public String getSuccessTransactionsNumber() {
        return successTransactionsNumber;
    }

    public void setSuccessTransactionsNumber(String successTransactionsNumber) {
        this.successTransactionsNumber = successTransactionsNumber;
    }

    /** Sets {@code success_transactions_number}. */
    public RiskInfo withSuccessTransactionsNumber(String successTransactionsNumber) {
        this.successTransactionsNumber = successTransactionsNumber;
        return this;
    }

    /** Whether the recipient's phone is the one registered with the bank: 0 or 1. */
    public String getIsReceiverBankNum() {
        return isReceiverBankNum;
    }

    public void setIsReceiverBankNum(String isReceiverBankNum) {
        this.isReceiverBankNum = isReceiverBankNum;
    }

    /** Sets {@code is_receiver_bank_num}. */
    public RiskInfo withIsReceiverBankNum(String isReceiverBankNum) {
        this.isReceiverBankNum = isReceiverBankNum;
        return this;
    }

    /** The days since registration. */
    public String getRegistrationDays() {
        return registrationDays;
    }

    public void setRegistrationDays(String registrationDays) {
        this.registrationDays = registrationDays;
    }

    /** Sets {@code registration_days}. */
    public RiskInfo withRegistrationDays(String registrationDays) {
        this.registrationDays = registrationDays;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("trans_type", transType)
                .add("goods_type", goodsType)
                .add("real_name", realName)
                .add("business_type", businessType)
                .secret("receiver_name", receiverName)
                .phone("receiver_moblie_id", receiverMoblieId)
                .secret("receiver_address", receiverAddress)
                .secret("registration_identify_code", registrationIdentifyCode)
                .email("registration_email", registrationEmail)
                .phone("registration_moblie_id", registrationMoblieId)
                .add("device_id", deviceId)
                .add("device_type", deviceType)
                .add("user_id", userId)
                .add("registration_time", registrationTime)
                .add("user_agent", userAgent)
                .add("success_transactions_number", successTransactionsNumber)
                .add("is_receiver_bank_num", isReceiverBankNum)
                .add("registration_days", registrationDays)
                .toString();
    }
}

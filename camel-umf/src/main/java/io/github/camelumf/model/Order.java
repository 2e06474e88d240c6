package io.github.camelumf.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of a payment ({@code order}, section 5): its amount and its sub-orders, which carry the details.
 */
public class Order extends UmfObject {

    /** The order ID; one payment per ID: 4 to 32 characters. */
    private String merReferenceId;

    /** The order date, yyyyMMdd; shown as-is in the statement. */
    private String merDate;

    /** The total amount of the order; the sub-orders add up to it. */
    private Amount amount;

    /** The summary: 1 to 32 characters. */
    private String orderSummary;

    /** In a request, the validity in minutes (default 24 hours); in a response, the expiry time. */
    private String expireTime;

    /** The payer's IP address; required for WeChat in-app and official account payments. */
    private String userIp;

    /** The sub-orders. */
    private List<SubOrder> subOrders;

    /** The sub-merchant ID. */
    private String subMerId;

    /** Whether an SMS verifies the payment: Y or N. */
    private String ifSms;

    /** Study abroad: the school's city (at most 255 characters). */
    private String schoolLocateCity;

    /** Study abroad: the school's name (at most 127 characters). */
    private String schoolName;

    /** Study abroad: the student's name (encrypted; at most 255 characters). */
    private String studentName;

    /** Study abroad: admission letter or student ID number (at most 65 characters). */
    private String studentId;

    /** Study abroad: the enrolment date (at most 8 characters). */
    private String enrollmentDate;

    /** Study abroad: the student identity file (at most 127 characters). */
    private String studentIdentityFilename;

    /** Study abroad: the offer or student ID file (at most 127 characters). */
    private String studentIdFilename;

    /** Study abroad: the tuition payment list file (at most 127 characters). */
    private String tuitionPayFilename;

    public Order() {
    }

    /** The order ID; one payment per ID: 4 to 32 characters. */
    public String getMerReferenceId() {
        return merReferenceId;
    }

    public void setMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
    }

    /** Sets {@code mer_reference_id}. */
    public Order withMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
        return this;
    }

    /** The order date, yyyyMMdd; shown as-is in the statement. */
    public String getMerDate() {
        return merDate;
    }

    public void setMerDate(String merDate) {
        this.merDate = merDate;
    }

    /** Sets {@code mer_date}. */
    public Order withMerDate(String merDate) {
        this.merDate = merDate;
        return this;
    }

    /** The total amount of the order; the sub-orders add up to it. */
    public Amount getAmount() {
        return amount;
    }

    public void setAmount(Amount amount) {
        this.amount = amount;
    }

    /** Sets {@code amount}. */
    public Order withAmount(Amount amount) {
        this.amount = amount;
        return this;
    }

    /** The summary: 1 to 32 characters. */
    public String getOrderSummary() {
        return orderSummary;
    }

    public void setOrderSummary(String orderSummary) {
        this.orderSummary = orderSummary;
    }

    /** Sets {@code order_summary}. */
    public Order withOrderSummary(String orderSummary) {
        this.orderSummary = orderSummary;
        return this;
    }

    /** In a request, the validity in minutes (default 24 hours); in a response, the expiry time. */
    public String getExpireTime() {
        return expireTime;
    }

    public void setExpireTime(String expireTime) {
        this.expireTime = expireTime;
    }

    /** Sets {@code expire_time}. */
    public Order withExpireTime(String expireTime) {
        this.expireTime = expireTime;
        return this;
    }

    /** The payer's IP address; required for WeChat in-app and official account payments. */
    public String getUserIp() {
        return userIp;
    }

    public void setUserIp(String userIp) {
        this.userIp = userIp;
    }

    /** Sets {@code user_ip}. */
    public Order withUserIp(String userIp) {
        this.userIp = userIp;
        return this;
    }

    /** The sub-orders. */
    public List<SubOrder> getSubOrders() {
        return subOrders;
    }

    public void setSubOrders(List<SubOrder> subOrders) {
        this.subOrders = subOrders;
    }

    /** Sets {@code sub_orders}. */
    public Order withSubOrders(List<SubOrder> subOrders) {
        this.subOrders = subOrders;
        return this;
    }

    /** Adds one element to {@code sub_orders}. */
    public Order addSubOrder(SubOrder element) {
        if (subOrders == null) {
            subOrders = new ArrayList<>();
        }
        subOrders.add(element);
        return this;
    }

    /** The sub-merchant ID. */
    public String getSubMerId() {
        return subMerId;
    }

    public void setSubMerId(String subMerId) {
        this.subMerId = subMerId;
    }

    /** Sets {@code sub_mer_id}. */
    public Order withSubMerId(String subMerId) {
        this.subMerId = subMerId;
        return this;
    }

    /** Whether an SMS verifies the payment: Y or N. */
    public String getIfSms() {
        return ifSms;
    }

    public void setIfSms(String ifSms) {
        this.ifSms = ifSms;
    }

    /** Sets {@code if_sms}. */
    public Order withIfSms(String ifSms) {
        this.ifSms = ifSms;
        return this;
    }

    /** Study abroad: the school's city (at most 255 characters). */
    public String getSchoolLocateCity() {
        return schoolLocateCity;
    }

    public void setSchoolLocateCity(String schoolLocateCity) {
        this.schoolLocateCity = schoolLocateCity;
    }

    /** Sets {@code school_locate_city}. */
    public Order withSchoolLocateCity(String schoolLocateCity) {
        this.schoolLocateCity = schoolLocateCity;
        return this;
    }

    /** Study abroad: the school's name (at most 127 characters). */
    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    /** Sets {@code school_name}. */
    public Order withSchoolName(String schoolName) {
        this.schoolName = schoolName;
        return this;
    }

    /** Study abroad: the student's name (encrypted; at most 255 characters). */
    public String getStudentName() {
        return studentName;
    }

    public void setStudentName(String studentName) {
        this.studentName = studentName;
    }

    /** Sets {@code student_name}. */
    public Order withStudentName(String studentName) {
        this.studentName = studentName;
        return this;
    }

    /** Study abroad: admission letter or student ID number (at most 65 characters). */
    public String getStudentId() {
        return studentId;
    }

    public void setStudentId(String studentId) {
        this.studentId = studentId;
    }

    /** Sets {@code student_id}. */
    public Order withStudentId(String studentId) {
        this.studentId = studentId;
        return this;
    }

    /** Study abroad: the enrolment date (at most 8 characters). */
    public String getEnrollmentDate() {
        return enrollmentDate;
    }

    public void setEnrollmentDate(String enrollmentDate) {
        this.enrollmentDate = enrollmentDate;
    }

    /** Sets {@code enrollment_date}. */
    public Order withEnrollmentDate(String enrollmentDate) {
        this.enrollmentDate = enrollmentDate;
        return this;
    }

    /** Study abroad: the student identity file (at most 127 characters). */
    public String getStudentIdentityFilename() {
        return studentIdentityFilename;
    }

    public void setStudentIdentityFilename(String studentIdentityFilename) {
        this.studentIdentityFilename = studentIdentityFilename;
    }

    /** Sets {@code student_identity_filename}. */
    public Order withStudentIdentityFilename(String studentIdentityFilename) {
        this.studentIdentityFilename = studentIdentityFilename;
        return this;
    }

    /** Study abroad: the offer or student ID file (at most 127 characters). */
    public String getStudentIdFilename() {
        return studentIdFilename;
    }

    public void setStudentIdFilename(String studentIdFilename) {
        this.studentIdFilename = studentIdFilename;
    }

    /** Sets {@code student_id_filename}. */
    public Order withStudentIdFilename(String studentIdFilename) {
        this.studentIdFilename = studentIdFilename;
        return this;
    }

    /** Study abroad: the tuition payment list file (at most 127 characters). */
    public String getTuitionPayFilename() {
        return tuitionPayFilename;
    }

    public void setTuitionPayFilename(String tuitionPayFilename) {
        this.tuitionPayFilename = tuitionPayFilename;
    }

    /** Sets {@code tuition_pay_filename}. */
    public Order withTuitionPayFilename(String tuitionPayFilename) {
        this.tuitionPayFilename = tuitionPayFilename;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("mer_reference_id", merReferenceId)
                .add("mer_date", merDate)
                .add("amount", amount)
                .add("order_summary", orderSummary)
                .add("expire_time", expireTime)
                .add("user_ip", userIp)
                .add("sub_orders", subOrders)
                .add("sub_mer_id", subMerId)
                .add("if_sms", ifSms)
                .add("school_locate_city", schoolLocateCity)
                .add("school_name", schoolName)
                .secret("student_name", studentName)
                .secret("student_id", studentId)
                .add("enrollment_date", enrollmentDate)
                .add("student_identity_filename", studentIdentityFilename)
                .add("student_id_filename", studentIdFilename)
                .add("tuition_pay_filename", tuitionPayFilename)
                .toString();
    }
}

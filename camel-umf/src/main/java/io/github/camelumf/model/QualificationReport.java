package io.github.camelumf.model;

/**
 * The result of an enterprise qualification report ({@code query_enterprise_id}, 11.2): what UMF
 * recorded of send_enterprise_qualification (11.1) and its status, {@code 0} while the bank verifies it and {@code 1}
 * once it did. {@code toString()} masks the code, names, address, certificate number and phone.
 */
public class QualificationReport extends UmfObject {

    /** The enterprise's code (encrypted in the request). */
    private String custCode;

    /** The enterprise's name (encrypted in the request). */
    private String custName;

    /** UMF's number of the enterprise. */
    private String custNo;

    /** When UMF recorded the report (yyyy-MM-dd HH:mm:ss). */
    private String traceDate;

    /** The administrative area code (6 digits). */
    private String areaCode;

    /** The enterprise's address (encrypted in the request). */
    private String custAddr;

    /** The industry code (4 digits). */
    private String industryCode;

    /** The enterprise attribute code (3 digits). */
    private String attrCode;

    /** The country code (3 letters, 9.7). */
    private String countryCode;

    /** Y or N. */
    private String isTaxFree;

    /** The tax-free code (2 digits). */
    private String taxFreeCode;

    /** The legal representative's name (encrypted in the request). */
    private String repNm;

    /** The certificate type of the representative (1: resident identity card). */
    private String certType;

    /** The certificate number (encrypted in the request). */
    private String certNum;

    /** The representative's phone (encrypted in the request). */
    private String phone;

    /** UMF's description of the report's state. */
    private String desc;

    /** 0 while the bank verifies the report, 1 once it did. */
    private String status;

    public QualificationReport() {
    }

    /** The enterprise's code (encrypted in the request). */
    public String getCustCode() {
        return custCode;
    }

    public void setCustCode(String custCode) {
        this.custCode = custCode;
    }

    /** The enterprise's name (encrypted in the request). */
    public String getCustName() {
        return custName;
    }

    public void setCustName(String custName) {
        this.custName = custName;
    }

    /** UMF's number of the enterprise. */
    public String getCustNo() {
        return custNo;
    }

    public void setCustNo(String custNo) {
        this.custNo = custNo;
    }

    /** When UMF recorded the report (yyyy-MM-dd HH:mm:ss). */
    public String getTraceDate() {
        return traceDate;
    }

    public void setTraceDate(String traceDate) {
        this.traceDate = traceDate;
    }

    /** The administrative area code (6 digits). */
    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    /** The enterprise's address (encrypted in the request). */
    public String getCustAddr() {
        return custAddr;
    }

    public void setCustAddr(String custAddr) {
        this.custAddr = custAddr;
    }

    /** The industry code (4 digits). */
    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    /** The enterprise attribute code (3 digits). */
    public String getAttrCode() {
        return attrCode;
    }

    public void setAttrCode(String attrCode) {
        this.attrCode = attrCode;
    }

    /** The country code (3 letters, 9.7). */
    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    /** Y or N. */
    public String getIsTaxFree() {
        return isTaxFree;
    }

    public void setIsTaxFree(String isTaxFree) {
        this.isTaxFree = isTaxFree;
    }

    /** The tax-free code (2 digits). */
    public String getTaxFreeCode() {
        return taxFreeCode;
    }

    public void setTaxFreeCode(String taxFreeCode) {
        this.taxFreeCode = taxFreeCode;
    }

    /** The legal representative's name (encrypted in the request). */
    public String getRepNm() {
        return repNm;
    }

    public void setRepNm(String repNm) {
        this.repNm = repNm;
    }

    /** The certificate type of the representative (1: resident identity card). */
    public String getCertType() {
        return certType;
    }

    public void setCertType(String certType) {
        this.certType = certType;
    }

    /** The certificate number (encrypted in the request). */
    public String getCertNum() {
        return certNum;
    }

    public void setCertNum(String certNum) {
        this.certNum = certNum;
    }

    /** The representative's phone (encrypted in the request). */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** UMF's description of the report's state. */
    public String getDesc() {
        return desc;
    }

    public void setDesc(String desc) {
        this.desc = desc;
    }

    /** 0 while the bank verifies the report, 1 once it did. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }


    @Override
    public String toString() {
        return describe()
                .secret("cust_code", custCode)
                .secret("cust_name", custName)
                .add("cust_no", custNo)
                .add("trace_date", traceDate)
                .add("area_code", areaCode)
                .secret("cust_addr", custAddr)
                .add("industry_code", industryCode)
                .add("attr_code", attrCode)
                .add("country_code", countryCode)
                .add("is_tax_free", isTaxFree)
                .add("tax_free_code", taxFreeCode)
                .secret("rep_nm", repNm)
                .add("cert_type", certType)
                .secret("cert_num", certNum)
                .phone("phone", phone)
                .add("desc", desc)
                .add("status", status)
                .toString();
    }
}

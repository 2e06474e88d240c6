package io.github.camelumf.sandbox.trade;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.RetCode;

/**
 * Enterprises of B2B merchants: the registration of 4.1 (status DISABLE until UMF checked the documents offline,
 * then ENABLE) and its query (4.2); the qualification report of 11.1 (status "0" until the bank verified it, then
 * "1") and its query (11.2), which needs the report first.
 */
public final class EnterpriseService {

    private static final Pattern EXTERNAL_ID = Pattern.compile(".{1,16}");
    private static final Pattern BUSI_TYPE = Pattern.compile("SJHG|GFHG");
    private static final Pattern ENTERPRISE_CODE = Pattern.compile("[0-9A-Za-z]{8,18}");
    private static final Pattern AREA_CODE = Pattern.compile("\\d{6}");
    private static final Pattern INDUSTRY_CODE = Pattern.compile("\\d{4}");
    private static final Pattern ATTR_CODE = Pattern.compile("\\d{3}");
    private static final Pattern YES_NO = Pattern.compile("[YN]");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern CERT_TYPE = Pattern.compile("\\d{1,2}");
    private static final DateTimeFormatter TRACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;
    private final TradeLinks links;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, ObjectNode> registrations = new ConcurrentHashMap<>();
    private final Map<String, String> registrationByExternalId = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> qualifications = new ConcurrentHashMap<>();

    public EnterpriseService(Clock clock, TradeLinks links) {
        this.clock = clock;
        this.links = links;
    }

    /** 4.1: registers the enterprise (DISABLE); a second registration of the same external id is a duplicate. */
    public ObjectNode register(ObjectNode body) {
        ObjectNode request = JsonFields.object(body, "enterprise_qualification", "enterprise_qualification");
        String externalId = JsonFields.matching(request, "external_enterprise_id",
                "enterprise_qualification.external_enterprise_id", EXTERNAL_ID, "must be 1 to 16 characters");
        JsonFields.matching(request, "enterprise_name", "enterprise_qualification.enterprise_name",
                Pattern.compile("(?s).{1,256}"), "must be 1 to 256 characters");
        JsonFields.text(request, "enterprise_phone", "enterprise_qualification.enterprise_phone");
        JsonFields.text(request, "enterprise_email", "enterprise_qualification.enterprise_email");
        JsonFields.text(request, "enterprise_contact", "enterprise_qualification.enterprise_contact");
        JsonFields.matching(request, "busi_type", "enterprise_qualification.busi_type", BUSI_TYPE,
                "must be SJHG or GFHG");
        JsonFields.matching(request, "enterprise_code", "enterprise_qualification.enterprise_code", ENTERPRISE_CODE,
                "must be 8 to 18 letters or digits");
        String id = "EQ_" + TradeLinks.base32(externalId + "|" + sequence.incrementAndGet());
        if (registrationByExternalId.putIfAbsent(externalId, id) != null) {
            throw new ApiError(RetCode.DUPLICATE_TUITION_ORDER, "enterprise_qualification.external_enterprise_id is registered");
        }
        ObjectNode stored = request.deepCopy();
        stored.put("enterprise_status", "DISABLE");
        stored.put("rank", "A");
        registrations.put(id, stored);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("enterprise_qualification", request.deepCopy());
        members.set("links", links.of("self", "GET", "/enterprise_qualification/" + id));
        return members;
    }

    /** 4.2: the registration's status, in the reference's members. */
    public ObjectNode get(String id) {
        ObjectNode stored = registrations.get(id);
        if (stored == null) {
            throw new ApiError("404", "Not found: no enterprise_qualification " + TradeLinks.shortened(id), 404);
        }
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        for (String name : new String[] {"external_enterprise_id", "busi_type", "enterprise_status", "rank",
                                         "enterprise_name"}) {
            view.set(name, stored.get(name));
        }
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("enterprise_qualification", view);
        return members;
    }

    /** What UMF does offline once the documents checked out: the registration becomes ENABLE. */
    public void enable(String id) {
        ObjectNode stored = registrations.get(id);
        if (stored == null) {
            throw new IllegalArgumentException("no enterprise_qualification " + id);
        }
        stored.put("enterprise_status", "ENABLE");
    }

    /** 11.1: the qualification report (status "0"); a new report of the same cust_code replaces the old one. */
    public ObjectNode qualify(ObjectNode body, Map<String, String> decrypted) {
        String custCode = TradeChecks.plain(decrypted, "cust_code");
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.put("cust_code", custCode);
        report.put("cust_name", TradeChecks.plain(decrypted, "cust_name"));
        report.put("cust_no", String.format("%04d", sequence.incrementAndGet() % 10000));
        report.put("trace_date", LocalDateTime.now(clock).format(TRACE));
        report.put("area_code", TradeChecks.matching(body, "area_code", AREA_CODE, "must be 6 digits"));
        report.put("cust_addr", TradeChecks.plain(decrypted, "cust_addr"));
        report.put("industry_code", TradeChecks.matching(body, "industry_code", INDUSTRY_CODE, "must be 4 digits"));
        report.put("attr_code", TradeChecks.matching(body, "attr_code", ATTR_CODE, "must be 3 digits"));
        report.put("country_code", TradeChecks.matching(body, "country_code", TradeChecks.COUNTRY,
                "must be a 3-letter country code"));
        report.put("is_tax_free", TradeChecks.matching(body, "is_tax_free", YES_NO, "must be Y or N"));
        report.put("tax_free_code", TradeChecks.matching(body, "tax_free_code", TWO_DIGITS, "must be 2 digits"));
        report.put("rep_nm", TradeChecks.plain(decrypted, "rep_nm"));
        String certType = TradeChecks.matching(body, "cert_type", CERT_TYPE, "must be 1 or 2 digits");
        report.put("cert_type", certType);
        String certNum = TradeChecks.plain(decrypted, "cert_num");
        if ("1".equals(certType) && !TradeChecks.validIdCard(certNum)) {
            throw new ApiError(RetCode.INVALID_ID_NUMBER, "cert_num is not a valid identity number");
        }
        report.put("cert_num", certNum);
        String phone = TradeChecks.plain(decrypted, "phone");
        if (!TradeChecks.MOBILE.matcher(phone).matches()) {
            throw new ApiError(RetCode.INVALID_PHONE, "phone must be an 11-digit mobile number");
        }
        report.put("phone", phone);
        TradeChecks.plain(decrypted, "cont_aact");
        TradeChecks.plain(decrypted, "company_phone");
        report.put("desc", "企业资质信息报送处理中");
        report.put("status", "0");
        qualifications.put(custCode, report);
        return JsonNodeFactory.instance.objectNode();
    }

    /** 11.2: the report of cust_code and cust_name; the report must have been sent first. */
    public ObjectNode queryQualification(Map<String, String> decrypted) {
        String custCode = TradeChecks.plain(decrypted, "cust_code");
        String custName = TradeChecks.plain(decrypted, "cust_name");
        ObjectNode report = qualifications.get(custCode);
        if (report == null || !report.get("cust_name").asText().equals(custName)) {
            throw new ApiError(RetCode.DATA_VALIDATION,
                    "no enterprise qualification was submitted for this cust_code and cust_name");
        }
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("query_enterprise_id", report.deepCopy());
        return members;
    }

    /** What the bank does once it verified the report: status "1". */
    public void approveQualification(String custCode) {
        ObjectNode report = qualifications.get(custCode);
        if (report == null) {
            throw new IllegalArgumentException("no qualification report for this cust_code");
        }
        report.put("status", "1");
        report.put("desc", "企业资质信息报送成功!");
    }

    /** Whether the merchant reported at least one enterprise qualification (11.1): B2B order details need one. */
    boolean hasQualification() {
        return !qualifications.isEmpty();
    }
}

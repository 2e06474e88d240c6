package io.github.camelumf.model;

import java.util.List;

/**
 * A bank ({@code bank}, section 5): an element of umf:bank/list's {@code banks} and the result of umf:bank/cardBin.
 */
public class Bank extends UmfObject {

    private String name;
    private String nameZh;
    private String code;
    private String logoUrl;
    private List<String> types;
    private String isSupport;

    /** The bank's full English name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The bank's full Chinese name. */
    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The bank code of appendix 8 ({@code CMB}, {@code ICBC}, ...), as {@code payer.bank_code} takes it. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The URL of the bank's logo. */
    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    /** The card types the bank supports: CREDIT_CARD, DEBIT_CARD. */
    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }

    /** Whether UMF supports the bank: {@code Y} or {@code N} (card BIN answers). */
    public String getIsSupport() {
        return isSupport;
    }

    public void setIsSupport(String isSupport) {
        this.isSupport = isSupport;
    }

    /** Whether UMF supports the bank ({@code is_support} is {@code Y}). */
    public boolean supported() {
        return "Y".equals(isSupport);
    }

    @Override
    public String toString() {
        return describe().add("code", code).add("name", name).add("name_zh", nameZh).add("types", types)
                .add("is_support", isSupport).add("logo_url", logoUrl).toString();
    }
}

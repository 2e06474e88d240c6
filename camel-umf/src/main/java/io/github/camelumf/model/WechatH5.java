package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * WeChat payment from a browser outside WeChat ({@code wechat_H5}, section 5).
 */
public class WechatH5 extends CitizenIdentified<WechatH5> {

    /** The URL-encoded WeChat H5 URL (returned by UMF). */
    @JsonProperty("wechat_H5_url")
    private String wechatH5Url;

    public WechatH5() {
    }

    /**
     * The URL-encoded WeChat H5 URL (returned by UMF). Section 5 spells the member {@code wechat_h5_url}, the examples
     * {@code wechat_H5_url}; either is read.
     */
    public String getWechatH5Url() {
        if (wechatH5Url == null) {
            JsonNode lowerCase = getUnknownMember("wechat_h5_url");
            return lowerCase == null || lowerCase.isNull() ? null : lowerCase.asText();
        }
        return wechatH5Url;
    }

    public void setWechatH5Url(String wechatH5Url) {
        this.wechatH5Url = wechatH5Url;
    }

    /** Sets {@code wechat_H5_url}. */
    public WechatH5 withWechatH5Url(String wechatH5Url) {
        this.wechatH5Url = wechatH5Url;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("citizen_id_type", getCitizenIdType())
                .secret("citizen_id_number", getCitizenIdNumber())
                .add("wechat_H5_url", wechatH5Url)
                .toString();
    }
}

package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The common part of every response ({@code meta}, section 5): return code and message, and UMF's signature of the
 * response. {@code ret_code} {@value #SUCCESS} means success; appendix 8 lists the others.
 * <p>
 * {@code ret_msg} is usually a string, but notifications send an array ({@code ["SUCCESS"]}); it is kept as UMF sent
 * it and {@link #getRetMsg()} gives it as text.
 */
public class Meta extends UmfObject {

    /** The return code of success. */
    public static final String SUCCESS = "0000";

    /** The return code. */
    private String retCode;

    /** The return message: a string or an array of strings. */
    private JsonNode retMsg;

    /** UMF's signature of the response (base64). */
    private String sign;

    /** An error code some responses carry besides ret_code. */
    private String errorCode;

    public Meta() {
    }

    /** The return code. */
    public String getRetCode() {
        return retCode;
    }

    public void setRetCode(String retCode) {
        this.retCode = retCode;
    }

    /** Sets {@code ret_code}. */
    public Meta withRetCode(String retCode) {
        this.retCode = retCode;
        return this;
    }

    /** Whether {@code ret_code} is {@value #SUCCESS}. */
    @JsonIgnore
    public boolean isSuccess() {
        return SUCCESS.equals(retCode);
    }

    /** The return message as text; the elements of an array are joined with "; ". */
    public String getRetMsg() {
        if (retMsg == null || retMsg.isNull()) {
            return null;
        }
        if (retMsg.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode element : retMsg) {
                if (text.length() > 0) {
                    text.append("; ");
                }
                text.append(element.asText());
            }
            return text.toString();
        }
        return retMsg.asText();
    }

    /** The return message exactly as UMF sent it (a string or an array). */
    public JsonNode getRetMsgNode() {
        return retMsg;
    }

    public void setRetMsg(String retMsg) {
        this.retMsg = retMsg == null ? null : TextNode.valueOf(retMsg);
    }

    /** Sets {@code ret_msg}. */
    public Meta withRetMsg(String retMsg) {
        setRetMsg(retMsg);
        return this;
    }

    /** UMF's signature of the response (base64). */
    public String getSign() {
        return sign;
    }

    public void setSign(String sign) {
        this.sign = sign;
    }

    /** Sets {@code sign}. */
    public Meta withSign(String sign) {
        this.sign = sign;
        return this;
    }

    /** An error code some responses carry besides ret_code. */
    public String getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(String errorCode) {
        this.errorCode = errorCode;
    }

    /** Sets {@code error_code}. */
    public Meta withErrorCode(String errorCode) {
        this.errorCode = errorCode;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("ret_code", retCode)
                .add("ret_msg", getRetMsg())
                .add("error_code", errorCode)
                .add("sign", sign == null ? null : "(" + sign.length() + " characters)")
                .toString();
    }
}

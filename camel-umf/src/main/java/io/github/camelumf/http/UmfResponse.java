package io.github.camelumf.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A verified UMF answer: HTTP status, the parsed JSON (or {@code null} when the body was not JSON), and the meta
 * {@code ret_code} / {@code ret_msg}.
 */
public record UmfResponse(int status, JsonNode json, String retCode, String retMsg) {

    public static final String SUCCESS = "0000";

    /** True when UMF answered with ret_code 0000 (or, for the token call, with HTTP 200 and no meta). */
    public boolean isSuccess() {
        return SUCCESS.equals(retCode);
    }

    @Override
    public String toString() {
        return "UmfResponse[status=" + status + ", retCode=" + retCode + "]";
    }
}

package io.github.camelumf.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.security.RawMembers;

/**
 * A verified UMF answer: HTTP status, the parsed JSON (or {@code null} when the body was not JSON), the meta
 * {@code ret_code} / {@code ret_msg}, and the top-level members as received ({@code null} unless the answer was one
 * JSON object read in one pass), from which a result is read without going through its tree.
 */
public record UmfResponse(int status, JsonNode json, String retCode, String retMsg, RawMembers members) {

    public static final String SUCCESS = "0000";

    /** An answer without its raw members (merged pages, answers built by hand). */
    public UmfResponse(int status, JsonNode json, String retCode, String retMsg) {
        this(status, json, retCode, retMsg, null);
    }

    /** True when UMF answered with ret_code 0000 (or, for the token call, with HTTP 200 and no meta). */
    public boolean isSuccess() {
        return SUCCESS.equals(retCode);
    }

    @Override
    public String toString() {
        return "UmfResponse[status=" + status + ", retCode=" + retCode + "]";
    }
}

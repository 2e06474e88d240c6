package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxBehaviour;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

import java.util.Map;

/**
 * An answer: HTTP status, the JSON body ({@code meta} first, then the result members) and extra headers; or a file
 * ({@code file} not null, {@code body} then only says ret_code 0000 for the request log). {@code arrayAnswer}: the body is
 * sent inside a JSON array, as the reference's sample of 3.20 answers.
 */
public record ApiResponse(int status, ObjectNode body, Map<String, String> headers,
                          io.github.camelumf.sandbox.statement.FileBody file, boolean arrayAnswer) {

    public ApiResponse(int status, ObjectNode body, Map<String, String> headers) {
        this(status, body, headers, null, false);
    }

    /** A file sent with HTTP 200 (statement downloads). */
    public static ApiResponse file(io.github.camelumf.sandbox.statement.FileBody file) {
        return new ApiResponse(200, meta(RetCode.SUCCESS.code(), RetCode.SUCCESS.message()), Map.of(), file, false);
    }

    /** This answer sent as a JSON array around its body ({@code [{"meta":..,..}]}, 3.20). */
    public ApiResponse inArray() {
        return new ApiResponse(status, body, headers, file, true);
    }

    /** {@code {"meta":{"ret_code":"0000",...}, <members>...}} with HTTP 200. */
    public static ApiResponse ok(ObjectNode members) {
        ObjectNode body = meta(RetCode.SUCCESS.code(), RetCode.SUCCESS.message());
        body.setAll(members);
        return new ApiResponse(200, body, Map.of());
    }

    /** {@code {"meta":{"ret_code":..,"ret_msg":..}}} with the error's HTTP status (400 when it has none). */
    public static ApiResponse error(ApiError error) {
        return error(error, SandboxBehaviour.RefusalStatus.REFERENCE);
    }

    /** {@code {"meta":{"ret_code":..,"ret_msg":..}}} with the status {@link RefusalStatuses} gives it. */
    public static ApiResponse error(ApiError error, SandboxBehaviour.RefusalStatus mode) {
        return new ApiResponse(RefusalStatuses.statusOf(error.retCode(), error.httpStatus(), mode),
                meta(error.retCode(), error.retMsg()), Map.of());
    }

    /**
     * The result members of a processed call under an error meta, without {@code links} (2.6: a create refused by
     * the bank still answers the {@code payment}).
     */
    public static ApiResponse resultWithError(ObjectNode members, String retCode, String retMsg,
                                              SandboxBehaviour.RefusalStatus mode) {
        ObjectNode body = meta(retCode, retMsg);
        body.setAll(members);
        body.remove("links");
        return new ApiResponse(RefusalStatuses.statusOf(retCode, 0, mode), body, Map.of());
    }

    /** An error meta with an arbitrary code and status (faults). */
    public static ApiResponse error(String retCode, String retMsg, int status) {
        return new ApiResponse(status, meta(retCode, retMsg), Map.of());
    }

    /** This answer with one more header. */
    public ApiResponse withHeader(String name, String value) {
        java.util.HashMap<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, body, Map.copyOf(more), file, arrayAnswer);
    }

    /** The {@code meta.ret_code} answered. */
    public String retCode() {
        return body.path("meta").path("ret_code").asText(null);
    }

    private static ObjectNode meta(String retCode, String retMsg) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode meta = body.putObject("meta");
        meta.put("ret_code", retCode);
        meta.put("ret_msg", retMsg);
        return body;
    }
}

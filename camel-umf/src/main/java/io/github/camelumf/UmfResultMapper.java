package io.github.camelumf;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.operation.ResultHeader;
import io.github.camelumf.operation.UmfOperation;
import io.github.camelumf.security.RawMembers;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Turns UMF's verified answer into the exchange's result, as the operation's catalog row says: the typed body
 * member, the {@code CamelUmf*} headers of the row, or a typed {@link UmfApiException} when UMF refused.
 */
final class UmfResultMapper {

    private final UmfOperation operation;
    private final boolean throwExceptionOnFailure;

    UmfResultMapper(UmfOperation operation, boolean throwExceptionOnFailure) {
        this.operation = operation;
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    void apply(Exchange exchange, UmfResponse response) {
        Message message = exchange.getMessage();
        message.setHeader(UmfConstants.HTTP_STATUS, response.status());
        message.setHeader(UmfConstants.RET_CODE, response.retCode());
        message.setHeader(UmfConstants.RET_MSG, response.retMsg());
        if (!response.isSuccess()) {
            UmfApiException refusal = refusal(response);
            if (throwExceptionOnFailure) {
                throw refusal;
            }
            message.setBody(response.json());
            return;
        }
        JsonNode json = response.json();
        message.setHeader(UmfConstants.LINKS, links(json.get("links")));
        for (ResultHeader header : operation.headers()) {
            String value = header.valueIn(json);
            if (value != null) {
                message.setHeader(header.header(), value);
            }
        }
        message.setBody(typedResult(response));
    }

    private UmfApiException refusal(UmfResponse response) {
        if (response.retCode() == null) {
            return UmfApiException.ofHttpStatus(operation.endpointName(), response.status(),
                    response.json() == null ? "the answer is not UMF JSON" : "the answer has no meta.ret_code");
        }
        return UmfApiException.of(operation.endpointName(), response.status(), response.retCode(), response.retMsg());
    }

    private Object typedResult(UmfResponse response) {
        JsonNode json = response.json();
        JsonNode result = operation.bodyOf(json);
        if (result == null || result.isNull()) {
            throw new UmfException("UMF's answer to " + operation + " has no '" + operation.bodyMember() + "' member");
        }
        Class<?> type = operation.resultType();
        RawMembers.Member raw = response.members() == null || JsonNode.class.isAssignableFrom(type) ? null
                : response.members().find(operation.bodyMemberIn(json));
        if (raw != null) {
            return response.members().read(raw, (body, offset, length) -> UmfJson.fromBytes(body, offset, length, type));
        }
        return UmfJson.fromTree(result, type);
    }

    private static Map<String, String> links(JsonNode links) {
        Map<String, String> byRef = new LinkedHashMap<>();
        if (links != null && links.isArray()) {
            for (JsonNode link : links) {
                if (link.hasNonNull("ref") && link.hasNonNull("href")) {
                    byRef.put(link.get("ref").asText(), link.get("href").asText());
                }
            }
        }
        return byRef;
    }
}

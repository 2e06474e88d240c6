package io.github.camelumf;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.model.UmfJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Turns UMF's verified answer into the exchange's result: the typed body of the operation and the
 * {@code CamelUmf*} headers, or a typed {@link UmfApiException} when UMF refused.
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
        JsonNode payment = json.get("payment");
        JsonNode refund = json.get("refund");
        if (payment != null && payment.hasNonNull("id")) {
            message.setHeader(UmfConstants.PAYMENT_ID, payment.get("id").asText());
        }
        if (refund != null && refund.hasNonNull("id")) {
            message.setHeader(UmfConstants.REFUND_ID, refund.get("id").asText());
        }
        JsonNode primary = "refund".equals(operation.resultMember()) ? refund : payment;
        if (primary != null && primary.hasNonNull("state")) {
            message.setHeader(UmfConstants.STATE, primary.get("state").asText());
        }
        message.setBody(typedResult(json));
    }

    private UmfApiException refusal(UmfResponse response) {
        if (response.retCode() == null) {
            return UmfApiException.ofHttpStatus(operation.endpointName(), response.status(),
                    response.json() == null ? "the answer is not UMF JSON" : "the answer has no meta.ret_code");
        }
        return UmfApiException.of(operation.endpointName(), response.status(), response.retCode(), response.retMsg());
    }

    private Object typedResult(JsonNode json) {
        JsonNode result = operation.resultMember() == null ? json : json.get(operation.resultMember());
        if (result == null || result.isNull()) {
            throw new UmfException("UMF's answer to " + operation + " has no '" + operation.resultMember() + "' member");
        }
        return UmfJson.fromTree(result, operation.resultType());
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

package io.github.camelumf.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Whether a merchant acknowledged a notification: HTTP 2xx and a JSON body whose {@code meta.ret_code} is
 * {@code "0000"}. Anything else means UMF sends the notification again.
 */
public final class Acknowledgement {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Acknowledgement() {
    }

    /** Null when acknowledged, else why not ({@code "HTTP 500"}, {@code "not JSON"}, {@code "ret_code 9999"}). */
    public static String failure(int status, byte[] body) {
        if (status < 200 || status > 299) {
            return "HTTP " + status;
        }
        JsonNode answer;
        try {
            answer = body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            return "not JSON";
        }
        JsonNode retCode = answer.path("meta").path("ret_code");
        if (!retCode.isTextual()) {
            return "no meta.ret_code";
        }
        return "0000".equals(retCode.asText()) ? null : "ret_code " + abbreviate(retCode.asText());
    }

    private static String abbreviate(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "...";
    }
}

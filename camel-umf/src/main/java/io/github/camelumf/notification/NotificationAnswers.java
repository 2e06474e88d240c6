package io.github.camelumf.notification;

import java.nio.charset.StandardCharsets;

/**
 * The answers to UMF: the acknowledgement (meta with ret_code 0000, section 3.8 "Response") and the refusals, which
 * make UMF deliver again.
 */
final class NotificationAnswers {

    static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private static final byte[] ACKNOWLEDGEMENT
            = "{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":\"SUCCESS\"}}".getBytes(StandardCharsets.UTF_8);

    private NotificationAnswers() {
    }

    static byte[] acknowledgement() {
        return ACKNOWLEDGEMENT.clone();
    }

    static byte[] refusal(String reason) {
        String escaped = reason.replace("\\", "\\\\").replace("\"", "\\\"");
        return ("{\"meta\":{\"ret_code\":\"00060999\",\"ret_msg\":\"" + escaped + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}

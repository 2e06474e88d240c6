package io.github.camelumf.operation;

import java.util.Locale;

import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.operation.UmfOperation.HttpMethod;

/**
 * The method and path of an {@code umf:raw} call, checked before anything is sent: GET or POST, and a path below
 * the base URL that cannot leave it (starts with one {@code /}, no {@code ..} segment, no fragment, no spaces or
 * control characters). A query string may follow the path.
 */
final class RawCall {

    private RawCall() {
    }

    static HttpMethod method(String value) {
        String method = value.toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new UmfValidationException("httpMethod", "must be GET or POST");
        }
        return HttpMethod.valueOf(method);
    }

    static String path(String value) {
        if (!value.startsWith("/") || value.startsWith("//")) {
            throw new UmfValidationException("apiPath", "must start with a single '/' (a path below the base URL)");
        }
        int query = value.indexOf('?');
        String path = query < 0 ? value : value.substring(0, query);
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new UmfValidationException("apiPath", "must not contain '.' or '..' segments");
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '#' || c == '\\') {
                throw new UmfValidationException("apiPath", "must not contain spaces, control characters, '#' or '\\'");
            }
        }
        return value;
    }
}

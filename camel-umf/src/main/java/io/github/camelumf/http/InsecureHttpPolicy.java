package io.github.camelumf.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfValidationException;

/**
 * Section 1.2: "Each request must be made over HTTPS". Refuses a plain {@code http://} base URL, and an
 * {@code http://} {@code notify_url} in a request body, unless the environment is SANDBOX, the host is a loopback
 * address, or {@code allowInsecureHttp=true}.
 */
final class InsecureHttpPolicy {

    private static final String NOTIFY_URL = "\"notify_url\"";

    private final boolean allowed;

    private InsecureHttpPolicy(boolean allowed) {
        this.allowed = allowed;
    }

    static InsecureHttpPolicy of(UmfConfiguration configuration) {
        return new InsecureHttpPolicy(configuration.isAllowInsecureHttp()
                                      || configuration.getEnvironment() == UmfEnvironment.SANDBOX);
    }

    /** Fails with a configuration error when the base URL is not one the policy allows. */
    void checkBaseUrl(String baseUrl) {
        if (baseUrl == null) {
            return;
        }
        if (!permits(baseUrl)) {
            throw new UmfConfigurationException("baseUrl", "must be an https:// URL: UMF requires HTTPS (section 1.2)."
                                                           + " Plain http:// is accepted only for the SANDBOX"
                                                           + " environment, a loopback address, or with"
                                                           + " allowInsecureHttp=true");
        }
    }

    /** Fails with a validation error when a request body sends a notify_url the policy does not allow. */
    void checkNotifyUrls(byte[] body, ObjectMapper mapper) {
        // a quick look first: most bodies send no notify_url and need not be parsed again
        if (allowed || body == null || !new String(body, StandardCharsets.ISO_8859_1).contains(NOTIFY_URL)) {
            return;
        }
        // a token scan, not a tree: the body was built and serialised once already, and is not parsed again
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && "notify_url".equals(parser.currentName())
                    && parser.nextToken() == JsonToken.VALUE_STRING) {
                    String url = parser.getText();
                    if (!url.isBlank() && !permits(url.trim())) {
                        throw new UmfValidationException("notify_url", "must be an https:// URL: UMF delivers"
                                                                       + " notifications over HTTPS only (http:// only"
                                                                       + " for the SANDBOX environment, loopback, or"
                                                                       + " allowInsecureHttp=true)");
                    }
                }
            }
        } catch (IOException e) {
            // not JSON: UMF will refuse it; nothing to check here
        }
    }

    private boolean permits(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ("https".equals(scheme)) {
            return true;
        }
        return "http".equals(scheme) && (allowed || isLoopback(uri.getHost()));
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return "localhost".equals(h) || "::1".equals(h) || "0:0:0:0:0:0:0:1".equals(h) || h.matches("127(\\.\\d{1,3}){3}");
    }
}

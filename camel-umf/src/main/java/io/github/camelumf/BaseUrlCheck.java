package io.github.camelumf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.github.camelumf.error.UmfConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the base URL in force when an endpoint starts, so that a wrong {@code baseUrl} fails start-up with a message
 * that says what to write, instead of failing the first call deep inside the HTTP client: it must be an absolute
 * {@code http} or {@code https} URL with a host. A path without {@code /cberest/v1} (where UMF's API lives) is only
 * warned about, because a reverse proxy may map the API elsewhere.
 */
final class BaseUrlCheck {

    static final String API_PATH = "/cberest/v1";

    private static final Logger LOG = LoggerFactory.getLogger(BaseUrlCheck.class);
    private static final String EXAMPLE = "for example http://127.0.0.1:8099" + API_PATH + " (sandbox) or "
                                          + UmfEnvironment.UAT_CHINA.baseUrl();

    private BaseUrlCheck() {
    }

    /**
     * @param  url                       the base URL in force ({@link UmfConfiguration#resolveBaseUrl()})
     * @throws UmfConfigurationException for option {@code baseUrl} when the URL is missing or unusable
     */
    static void check(String url) {
        if (url == null) {
            throw new UmfConfigurationException("baseUrl", "is required when environment is SANDBOX (" + EXAMPLE + ")");
        }
        if (!url.contains("://")) {
            throw new UmfConfigurationException("baseUrl", "'" + url + "' has no scheme: did you mean http://" + url
                                                           + "? The base URL is absolute, " + EXAMPLE);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UmfConfigurationException("baseUrl", "'" + url + "' is not a valid URL (" + e.getReason()
                                                           + " at index " + e.getIndex() + "); " + EXAMPLE);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UmfConfigurationException("baseUrl", "'" + url + "' must start with http:// or https://, not "
                                                           + scheme + "://; " + EXAMPLE);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new UmfConfigurationException("baseUrl", "'" + url + "' has no host; " + EXAMPLE);
        }
        if (uri.getRawUserInfo() != null) {
            throw new UmfConfigurationException("baseUrl", "must not carry user information (user:password@): UMF"
                                                           + " authenticates with clientId and clientSecret; " + EXAMPLE);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new UmfConfigurationException("baseUrl", "'" + url + "' must not have a query or fragment; " + EXAMPLE);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!stripTrailingSlash(path).endsWith(API_PATH)) {
            LOG.warn("baseUrl {} does not end with {}: UMF's API lives below {} ({}). Unless a proxy maps it"
                     + " elsewhere, the token call will answer HTTP 404.", url, API_PATH, API_PATH, EXAMPLE);
        }
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

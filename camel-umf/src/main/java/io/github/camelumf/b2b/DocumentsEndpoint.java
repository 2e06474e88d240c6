package io.github.camelumf.b2b;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelumf.error.UmfConfigurationException;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.util.SensitiveUtils;
import org.apache.camel.util.URISupport;

/**
 * The camel-ftp endpoint of the {@code documentsUri} option, made so that its secrets never pass through a URI:
 * the options Camel deems sensitive and any whose name holds password, passphrase or secret ({@code password},
 * {@code privateKeyPassphrase}, ...), and a password in the user
 * info ({@code ftp://user:secret@host}) are taken out of the URI, the endpoint is created from what remains by the
 * scheme's component (not registered in the context, so no route dump or endpoint list shows it), and the secrets are
 * set afterwards through the endpoint's property configurer; {@code documentsPassword}, when set, is the password.
 * Camel logs the URIs it creates endpoints from (some lines unmasked at TRACE): these never hold a secret.
 */
public final class DocumentsEndpoint {

    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("^(//[^/@:?]*):([^@/?]*)@");

    private DocumentsEndpoint() {
    }

    /**
     * The endpoint of {@code uri} (ftp:, ftps: or sftp:), with {@code password} if not null; not started.
     *
     * @throws UmfConfigurationException naming documentsUri, never showing its value
     */
    public static RemoteFileEndpoint<?> create(CamelContext context, String uri, String password) {
        if (uri == null || uri.isBlank()) {
            throw new UmfConfigurationException("documentsUri", "is required for b2b/uploadDocuments: the camel-ftp"
                                                                + " URI (ftp:, ftps: or sftp:) of UMF's FTP directory");
        }
        String trimmed = uri.trim();
        int colon = trimmed.indexOf(':');
        String scheme = colon > 0 ? trimmed.substring(0, colon) : "";
        if (!scheme.equals("ftp") && !scheme.equals("ftps") && !scheme.equals("sftp")) {
            throw new UmfConfigurationException("documentsUri", "must start with ftp:, ftps: or sftp:");
        }
        int question = trimmed.indexOf('?');
        String address = question < 0 ? trimmed.substring(colon + 1) : trimmed.substring(colon + 1, question);
        Map<String, Object> options;
        try {
            options = question < 0 ? new LinkedHashMap<>() : URISupport.parseQuery(trimmed.substring(question + 1), true);
        } catch (java.net.URISyntaxException e) {
            throw new UmfConfigurationException("documentsUri", "has a query that cannot be parsed");
        }
        Map<String, Object> secrets = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, Object>> it = options.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Object> option = it.next();
            if (isSecret(option.getKey())) {
                secrets.put(option.getKey(), option.getValue());
                it.remove();
            }
        }
        URISupport.resolveRawParameterValues(secrets);
        Matcher userInfo = USER_INFO_PASSWORD.matcher(address);
        if (userInfo.find()) {
            secrets.putIfAbsent("password", decoded(userInfo.group(2)));
            address = userInfo.group(1) + "@" + address.substring(userInfo.end());
        }
        if (password != null && !password.isEmpty()) {
            secrets.put("password", password);
        }
        String withoutSecrets = scheme + ":" + address + (options.isEmpty() ? "" : "?" + query(options));
        Endpoint endpoint;
        try {
            Component component = context.getComponent(scheme, true);
            endpoint = component.createEndpoint(withoutSecrets);
            PropertyConfigurer configurer = component.getEndpointPropertyConfigurer();
            for (Map.Entry<String, Object> secret : secrets.entrySet()) {
                if (configurer == null || !configurer.configure(context, endpoint, secret.getKey(), secret.getValue(),
                        true)) {
                    throw new UmfConfigurationException("documentsUri", "has an option " + secret.getKey()
                                                                        + " that the " + scheme + " endpoint does not know");
                }
            }
        } catch (UmfConfigurationException e) {
            throw e;
        } catch (Exception e) {
            // Camel's message shows the URI, which holds no secret any more
            throw new UmfConfigurationException("documentsUri", "is not a valid " + scheme + " endpoint of camel-ftp: "
                                                                + e.getMessage(), e);
        }
        if (!(endpoint instanceof RemoteFileEndpoint<?> remote)) {
            throw new UmfConfigurationException("documentsUri", "must be a camel-ftp endpoint (ftp:, ftps: or sftp:)");
        }
        return remote;
    }

    /** Camel's sensitive option names, and any name with password, passphrase or secret in it (privateKeyPassphrase). */
    static boolean isSecret(String option) {
        String name = option.toLowerCase(java.util.Locale.ROOT);
        return SensitiveUtils.containsSensitive(name) || name.contains("password") || name.contains("passphrase")
               || name.contains("secret");
    }

    /** A user-info password as java.net.URI decodes it (%XX escapes), or as written when it is not a valid one. */
    private static String decoded(String password) {
        try {
            String info = java.net.URI.create("ftp://" + password + "@localhost/").getUserInfo();
            return info == null ? password : info;
        } catch (IllegalArgumentException e) {
            return password;
        }
    }

    private static String query(Map<String, Object> options) {
        try {
            return URISupport.createQueryString(options);
        } catch (RuntimeException e) {
            throw new UmfConfigurationException("documentsUri", "has options that cannot be written back into a URI");
        }
    }
}

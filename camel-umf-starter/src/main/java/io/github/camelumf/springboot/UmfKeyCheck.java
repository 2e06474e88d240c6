package io.github.camelumf.springboot;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.camelumf.security.PemKeys;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;
import org.springframework.beans.factory.InitializingBean;

/**
 * Loads the keys given as {@code camel.component.umf.private-key} and {@code camel.component.umf.umf-public-key}
 * (inline PEM, {@code file:} or {@code classpath:}) once at start-up, so that a missing, unreadable or malformed key
 * stops the application with the Spring property's name instead of failing the first payment. Keys that are not set
 * are left to the component (endpoints may set their own).
 */
public class UmfKeyCheck implements InitializingBean {

    static final String PRIVATE_KEY = UmfComponentAutoConfiguration.PREFIX + ".private-key";
    static final String UMF_PUBLIC_KEY = UmfComponentAutoConfiguration.PREFIX + ".umf-public-key";

    private final CamelContext camelContext;
    private final UmfComponentConfiguration configuration;

    public UmfKeyCheck(CamelContext camelContext, UmfComponentConfiguration configuration) {
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Override
    public void afterPropertiesSet() {
        if (configuration.getPrivateKey() != null) {
            String pem = read(PRIVATE_KEY, configuration.getPrivateKey());
            String password = configuration.getPrivateKeyPassword();
            char[] chars = password == null ? null : password.toCharArray();
            try {
                PemKeys.privateKey(pem, chars);
            } catch (RuntimeException e) {
                throw new InvalidUmfPropertyException(PRIVATE_KEY, "not a usable RSA private key: " + e.getMessage());
            } finally {
                if (chars != null) {
                    java.util.Arrays.fill(chars, '\0');
                }
            }
        }
        if (configuration.getUmfPublicKey() != null) {
            String pem = read(UMF_PUBLIC_KEY, configuration.getUmfPublicKey());
            try {
                PemKeys.publicKey(pem);
            } catch (RuntimeException e) {
                throw new InvalidUmfPropertyException(UMF_PUBLIC_KEY, "not a usable public key or certificate: "
                                                                      + e.getMessage());
            }
        }
    }

    /** The resource prefixes the component itself accepts for keys. */
    private static boolean isResource(String value) {
        return value.startsWith("file:") || value.startsWith("classpath:") || value.startsWith("ref:")
               || value.startsWith("bean:");
    }

    private String read(String property, String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidUmfPropertyException(property, "is empty");
        }
        if (!isResource(trimmed)) {
            return trimmed;
        }
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(camelContext, trimmed)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (Exception e) {
            throw new InvalidUmfPropertyException(property, "cannot read the resource " + trimmed + " ("
                                                            + e.getClass().getSimpleName() + ")");
        }
    }
}

package io.github.camelumf;

import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.security.PemKeys;
import org.apache.camel.CamelContext;

/**
 * Finds the merchant RSA private key, from the first of these options that is set:
 * <ol>
 * <li>{@code merchantPrivateKey}: a {@link PrivateKey} bean;</li>
 * <li>{@code merchantKeyStore}: a loaded {@link KeyStore} bean, read by {@code merchantKeyAlias} (optional when the
 * store holds one private key) with {@code merchantKeyPassword};</li>
 * <li>{@code privateKey}: PEM text or a resource, decrypted with {@code privateKeyPassword}.</li>
 * </ol>
 * The {@code char[]} made from a password is wiped as soon as the key is decoded, whether that succeeded or not (the
 * String option itself cannot be wiped: the two bean options keep no password text at all). Errors name the option,
 * never the password or the key material.
 */
final class MerchantKeyLoader {

    /** Decodes key text with an optional password: {@link PemKeys#privateKey}. */
    @FunctionalInterface
    interface KeyDecoder {
        PrivateKey decode(String text, char[] passwordOrNull);
    }

    private MerchantKeyLoader() {
    }

    static PrivateKey load(CamelContext camelContext, UmfConfiguration configuration) {
        return load(camelContext, configuration, PemKeys::privateKey);
    }

    /** As {@link #load(CamelContext, UmfConfiguration)}, with the decoder of the {@code privateKey} text given. */
    static PrivateKey load(CamelContext camelContext, UmfConfiguration configuration, KeyDecoder decoder) {
        if (configuration.getMerchantPrivateKey() != null) {
            if (!isRsa(configuration.getMerchantPrivateKey())) {
                throw new UmfConfigurationException("merchantPrivateKey", "must be an RSA private key");
            }
            return configuration.getMerchantPrivateKey();
        }
        if (configuration.getMerchantKeyStore() != null) {
            return fromKeyStore(configuration.getMerchantKeyStore(), configuration.getMerchantKeyAlias(),
                    configuration.getMerchantKeyPassword());
        }
        if (configuration.getPrivateKey() == null || configuration.getPrivateKey().isBlank()) {
            throw new UmfConfigurationException("privateKey", "is required: set privateKey (PEM text or a file:/classpath:"
                                                              + " resource), merchantPrivateKey (a PrivateKey bean) or"
                                                              + " merchantKeyStore (a KeyStore bean)");
        }
        String pem = UmfKeys.read(camelContext, "privateKey", configuration.getPrivateKey());
        char[] password = chars(configuration.getPrivateKeyPassword());
        try {
            return decoder.decode(pem, password);
        } catch (IllegalArgumentException e) {
            throw new UmfConfigurationException("privateKey", e.getMessage() + UmfKeys.pathHint(configuration.getPrivateKey()));
        } finally {
            wipe(password);
        }
    }

    private static PrivateKey fromKeyStore(KeyStore store, String configuredAlias, String keyPassword) {
        String alias = alias(store, configuredAlias);
        char[] password = chars(keyPassword);
        Key key;
        try {
            key = store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new UmfConfigurationException("merchantKeyPassword", "cannot recover the key '" + alias
                                                                       + "' from merchantKeyStore: wrong or missing"
                                                                       + " password");
        } catch (NoSuchAlgorithmException e) {
            throw new UmfConfigurationException("merchantKeyStore", "cannot recover the key '" + alias
                                                                    + "': its protection algorithm is not available");
        } catch (KeyStoreException e) {
            throw notLoaded();
        } finally {
            wipe(password);
        }
        if (!(key instanceof PrivateKey privateKey)) {
            throw new UmfConfigurationException("merchantKeyAlias", "the entry '" + alias + "' of merchantKeyStore holds"
                                                                    + " no private key");
        }
        if (!isRsa(privateKey)) {
            throw new UmfConfigurationException("merchantKeyAlias", "the entry '" + alias + "' of merchantKeyStore is"
                                                                    + " not an RSA private key");
        }
        return privateKey;
    }

    /** The configured alias, checked; or the only private key entry when none is configured. */
    private static String alias(KeyStore store, String configured) {
        try {
            if (configured != null && !configured.isBlank()) {
                String alias = configured.trim();
                if (!store.isKeyEntry(alias)) {
                    throw new UmfConfigurationException("merchantKeyAlias", "merchantKeyStore has no key entry '" + alias
                                                                            + "' (key entries: " + keyEntries(store)
                                                                            + ")");
                }
                return alias;
            }
            List<String> entries = keyEntries(store);
            if (entries.size() != 1) {
                throw new UmfConfigurationException("merchantKeyAlias", "is required: merchantKeyStore holds "
                                                                        + entries.size() + " key entries " + entries);
            }
            return entries.get(0);
        } catch (KeyStoreException e) {
            throw notLoaded();
        }
    }

    private static List<String> keyEntries(KeyStore store) throws KeyStoreException {
        List<String> entries = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                entries.add(alias);
            }
        }
        Collections.sort(entries);
        return entries;
    }

    private static UmfConfigurationException notLoaded() {
        return new UmfConfigurationException("merchantKeyStore", "is not loaded: call KeyStore.load before handing it"
                                                                 + " to the component");
    }

    private static boolean isRsa(PrivateKey key) {
        return "RSA".equalsIgnoreCase(key.getAlgorithm());
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}

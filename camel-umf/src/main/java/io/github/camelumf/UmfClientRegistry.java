package io.github.camelumf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;

import io.github.camelumf.http.UmfApiClient;
import io.github.camelumf.http.UmfApiClients;
import io.github.camelumf.model.UmfJson;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UMF clients of a component, one per distinct connection configuration, shared by the endpoints that use it and
 * closed when the last of them stops. Sharing matters beyond pooling: a new UMF token disables the previous one, so
 * every endpoint with the same credentials must use the same token manager.
 */
final class UmfClientRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(UmfClientRegistry.class);

    private final Map<ClientKey, Entry> clients = new HashMap<>();

    /** A client in use by one endpoint; {@link #release()} when the endpoint stops. */
    final class Lease {
        private final ClientKey key;
        private final Entry entry;
        private boolean released;

        private Lease(ClientKey key, Entry entry) {
            this.key = key;
            this.entry = entry;
        }

        UmfApiClient client() {
            return entry.client;
        }

        UmfKeys keys() {
            return entry.keys;
        }

        void release() {
            synchronized (UmfClientRegistry.this) {
                if (released) {
                    return;
                }
                released = true;
                if (--entry.users == 0) {
                    clients.remove(key);
                    close(entry.client);
                }
            }
        }
    }

    private static final class Entry {
        private final UmfApiClient client;
        private final UmfKeys keys;
        private int users;

        private Entry(UmfApiClient client, UmfKeys keys) {
            this.client = client;
            this.keys = keys;
        }
    }

    synchronized Lease acquire(CamelContext camelContext, UmfConfiguration configuration) {
        ClientKey key = ClientKey.of(configuration);
        Entry entry = clients.get(key);
        if (entry == null) {
            UmfKeys keys = UmfKeys.load(camelContext, configuration);
            UmfApiClient client = UmfApiClients.create(camelContext, configuration, keys.signer(), keys.verifier(),
                    UmfJson.mapper());
            entry = new Entry(client, keys);
            clients.put(key, entry);
        }
        entry.users++;
        return new Lease(key, entry);
    }

    /** Compares an object by identity, whatever its equals says. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }

        @Override
        public String toString() {
            return "Identity";
        }
    }

    /** The number of distinct clients, for tests. */
    synchronized int size() {
        return clients.size();
    }

    synchronized void closeAll() {
        clients.values().forEach(entry -> close(entry.client));
        clients.clear();
    }

    private static void close(UmfApiClient client) {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("Closing a UMF HTTP client failed: {}", e.getMessage());
        }
    }

    /**
     * The options that make two endpoints' clients interchangeable. The secrets (client secret, private key text and
     * password, proxy password, key store entry password) are not kept: only a SHA-256 fingerprint over them; the
     * private key and key store beans are compared by identity.
     */
    record ClientKey(String baseUrl, String clientId, String secretsFingerprint, Object privateKeyBean,
                             Object keyStoreBean, String keyAlias, String umfPublicKey, String acceptLanguage,
                             ResponseVerification responseVerification, UmfEnvironment environment,
                             boolean allowInsecureHttp, long callTimeout, int connectTimeout, int responseTimeout,
                             int maxConnections, int maxRetries, long retryInitialDelay, long retryMaxDelay,
                             long tokenRefreshMargin, Object sslContextParameters, Object tokenStore,
                             Object httpClientConfigurer, String proxyHost, Integer proxyPort, String proxyScheme,
                             String proxyUsername) {

        static ClientKey of(UmfConfiguration c) {
            return new ClientKey(c.resolveBaseUrl(), c.getClientId(),
                    fingerprint(c.getClientSecret(), c.getPrivateKey(), c.getPrivateKeyPassword(), c.getProxyPassword(),
                            c.getMerchantKeyPassword()),
                    c.getMerchantPrivateKey() == null ? null : new Identity(c.getMerchantPrivateKey()),
                    c.getMerchantKeyStore() == null ? null : new Identity(c.getMerchantKeyStore()),
                    c.getMerchantKeyAlias(), c.getUmfPublicKey(), c.getAcceptLanguage(), c.resolveResponseVerification(),
                    c.getEnvironment(), c.isAllowInsecureHttp(), c.getCallTimeout(),
                    c.getConnectTimeout(), c.getResponseTimeout(), c.getMaxConnections(), c.getMaxRetries(),
                    c.getRetryInitialDelay(), c.getRetryMaxDelay(), c.getTokenRefreshMargin(),
                    c.getSslContextParameters(), c.getTokenStore(), c.getHttpClientConfigurer(), c.getProxyHost(),
                    c.getProxyPort(), c.getProxyScheme(), c.getProxyUsername());
        }

        /** SHA-256 over the secrets, each length-prefixed (so that moving a character between two never collides). */
        static String fingerprint(String... secrets) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String secret : secrets) {
                    byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
                    digest.update(ByteBuffer.allocate(5).putInt(bytes.length).put((byte) (secret == null ? 0 : 1))
                            .array());
                    digest.update(bytes);
                    Arrays.fill(bytes, (byte) 0);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }

        @Override
        public String toString() {
            return "ClientKey[" + baseUrl + "]";
        }
    }
}

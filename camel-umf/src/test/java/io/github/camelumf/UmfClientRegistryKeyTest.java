package io.github.camelumf;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoints share a UMF client when their connection options are equal. The registry tells equal secrets apart by a
 * SHA-256 fingerprint: it never keeps a secret, yet every secret counts.
 */
class UmfClientRegistryKeyTest {

    private static final List<String> SECRETS = List.of("client-secret-1", "-----BEGIN PRIVATE KEY-----\nMIIkey\n",
            "key-password-1", "proxy-password-1", "store-password-1");

    @Test
    void equalOptionsGiveEqualKeysAndEverySecretChangesTheKey() {
        UmfClientRegistry.ClientKey base = UmfClientRegistry.ClientKey.of(configuration());
        assertThat(UmfClientRegistry.ClientKey.of(configuration())).isEqualTo(base).hasSameHashCodeAs(base);

        List<Consumer<UmfConfiguration>> changes = List.of(c -> c.setClientSecret("client-secret-2"),
                c -> c.setPrivateKey("-----BEGIN PRIVATE KEY-----\nMIIother\n"), c -> c.setPrivateKeyPassword("p2"),
                c -> c.setProxyPassword("proxy-password-2"), c -> c.setMerchantKeyPassword("store-password-2"),
                c -> c.setMerchantKeyAlias("another-alias"), c -> c.setClientSecret(null));
        for (int i = 0; i < changes.size(); i++) {
            UmfConfiguration changed = configuration();
            changes.get(i).accept(changed);
            assertThat(UmfClientRegistry.ClientKey.of(changed)).as("change %d", i).isNotEqualTo(base);
        }
    }

    @Test
    void movingCharactersBetweenSecretsOrAnEmptySecretForAMissingOneGivesAnotherKey() {
        UmfConfiguration a = configuration();
        a.setClientSecret("ab");
        a.setPrivateKey("c");
        UmfConfiguration b = configuration();
        b.setClientSecret("a");
        b.setPrivateKey("bc");
        assertThat(UmfClientRegistry.ClientKey.of(a)).isNotEqualTo(UmfClientRegistry.ClientKey.of(b));

        UmfConfiguration empty = configuration();
        empty.setProxyPassword("");
        UmfConfiguration none = configuration();
        none.setProxyPassword(null);
        assertThat(UmfClientRegistry.ClientKey.of(empty)).isNotEqualTo(UmfClientRegistry.ClientKey.of(none));
    }

    @Test
    void noPartOfTheKeyHoldsASecret() throws Exception {
        UmfClientRegistry.ClientKey key = UmfClientRegistry.ClientKey.of(configuration());

        for (RecordComponent component : UmfClientRegistry.ClientKey.class.getRecordComponents()) {
            String value = String.valueOf(component.getAccessor().invoke(key));
            for (String secret : SECRETS) {
                assertThat(value).as(component.getName()).doesNotContain(secret);
            }
        }
        assertThat(key.secretsFingerprint()).matches("[0-9a-f]{64}");
        assertThat(key.toString()).doesNotContain(SECRETS.toArray(String[]::new));
    }

    @Test
    void keyStoreAndPrivateKeyBeansAreComparedByIdentity() {
        UmfConfiguration first = configuration();
        first.setMerchantKeyStore(TestKeyStores.emptyPkcs12());
        UmfConfiguration sameStore = configuration();
        sameStore.setMerchantKeyStore(first.getMerchantKeyStore());
        UmfConfiguration equalStore = configuration();
        equalStore.setMerchantKeyStore(TestKeyStores.emptyPkcs12());

        assertThat(UmfClientRegistry.ClientKey.of(sameStore)).isEqualTo(UmfClientRegistry.ClientKey.of(first));
        assertThat(UmfClientRegistry.ClientKey.of(equalStore)).isNotEqualTo(UmfClientRegistry.ClientKey.of(first));
    }

    private static UmfConfiguration configuration() {
        UmfConfiguration configuration = new UmfConfiguration();
        configuration.setBaseUrl("https://fx.soopay.net/cberest/v1");
        configuration.setClientId("merchant-1");
        configuration.setClientSecret(SECRETS.get(0));
        configuration.setPrivateKey(SECRETS.get(1));
        configuration.setPrivateKeyPassword(SECRETS.get(2));
        configuration.setProxyPassword(SECRETS.get(3));
        configuration.setMerchantKeyPassword(SECRETS.get(4));
        configuration.setMerchantKeyAlias("merchant");
        return configuration;
    }
}

package io.github.camelumf;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStoreSpi;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.security.PemKeys;
import org.apache.camel.impl.DefaultCamelContext;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merchant private key from a PrivateKey bean, a KeyStore bean or PEM text; the passwords' char[] are wiped as
 * soon as the key is decoded, and errors name the option, never the password.
 */
class MerchantKeyLoaderTest {

    private static final KeyPair MERCHANT = rsa();
    private static final String PASSWORD = "s3cret-Pa55word";

    private final DefaultCamelContext camelContext = new DefaultCamelContext();

    @Test
    void privateKeyPasswordCharArrayIsWipedOnceTheKeyIsDecoded() {
        UmfConfiguration configuration = new UmfConfiguration();
        configuration.setPrivateKey(encryptedPem(MERCHANT.getPrivate(), PASSWORD));
        configuration.setPrivateKeyPassword(PASSWORD);
        List<char[]> handedOver = new ArrayList<>();
        List<String> seenByTheDecoder = new ArrayList<>();

        PrivateKey key = MerchantKeyLoader.load(camelContext, configuration, (text, password) -> {
            handedOver.add(password);
            seenByTheDecoder.add(new String(password));
            return PemKeys.privateKey(text, password); // the real decoder: it needs the password intact
        });

        assertThat(modulus(key)).isEqualTo(modulus(MERCHANT.getPrivate()));
        assertThat(seenByTheDecoder).containsExactly(PASSWORD);
        assertThat(handedOver.get(0)).as("the array the decoder got is zeroed after use").containsOnly('\0')
                .hasSize(PASSWORD.length());
    }

    @Test
    void privateKeyPasswordCharArrayIsWipedWhenThePasswordIsWrongAndTheErrorNamesTheOptionOnly() {
        UmfConfiguration configuration = new UmfConfiguration();
        configuration.setPrivateKey(encryptedPem(MERCHANT.getPrivate(), PASSWORD));
        configuration.setPrivateKeyPassword("wrong-" + PASSWORD);
        List<char[]> handedOver = new ArrayList<>();

        assertThatThrownBy(() -> MerchantKeyLoader.load(camelContext, configuration, (text, password) -> {
            handedOver.add(password);
            return PemKeys.privateKey(text, password);
        })).isInstanceOf(UmfConfigurationException.class).hasMessageContaining("'privateKey'")
                .hasMessageContaining("wrong password").hasMessageNotContaining(PASSWORD);
        assertThat(handedOver).hasSize(1);
        assertThat(handedOver.get(0)).containsOnly('\0');
    }

    @Test
    void merchantKeyStoreEntryIsReadByAliasWithItsPassword() {
        KeyStore store = TestKeyStores.emptyPkcs12();
        TestKeyStores.addKey(store, "other", rsa().getPrivate(), rsa().getPublic(), "other-password");
        TestKeyStores.addKey(store, "umf-merchant", MERCHANT.getPrivate(), MERCHANT.getPublic(), PASSWORD);
        UmfConfiguration configuration = keyStoreConfiguration(TestKeyStores.roundTrip(store, PASSWORD), "umf-merchant",
                PASSWORD);

        assertThat(modulus(MerchantKeyLoader.load(camelContext, configuration))).isEqualTo(modulus(MERCHANT.getPrivate()));
    }

    @Test
    void theOnlyKeyEntryOfAKeyStoreIsUsedWithoutAnAlias() {
        KeyStore store = TestKeyStores.emptyPkcs12();
        TestKeyStores.addKey(store, "merchant", MERCHANT.getPrivate(), MERCHANT.getPublic(), PASSWORD);

        PrivateKey key = MerchantKeyLoader.load(camelContext,
                keyStoreConfiguration(TestKeyStores.roundTrip(store, PASSWORD), null, PASSWORD));

        assertThat(modulus(key)).isEqualTo(modulus(MERCHANT.getPrivate()));
    }

    @Test
    void merchantKeyPasswordCharArrayHandedToTheKeyStoreIsWiped() throws Exception {
        KeyStore real = TestKeyStores.emptyPkcs12();
        TestKeyStores.addKey(real, "merchant", MERCHANT.getPrivate(), MERCHANT.getPublic(), PASSWORD);
        RecordingKeyStore store = new RecordingKeyStore(TestKeyStores.roundTrip(real, PASSWORD));

        PrivateKey key = MerchantKeyLoader.load(camelContext, keyStoreConfiguration(store, "merchant", PASSWORD));

        assertThat(modulus(key)).isEqualTo(modulus(MERCHANT.getPrivate()));
        assertThat(store.spi.passwordsSeen).containsExactly(PASSWORD);
        assertThat(store.spi.passwordArrays.get(0)).as("zeroed after KeyStore.getKey").containsOnly('\0');
    }

    @Test
    void keyStoreMistakesNameTheOptionAndNeverThePassword() throws Exception {
        KeyStore store = TestKeyStores.emptyPkcs12();
        TestKeyStores.addKey(store, "a", MERCHANT.getPrivate(), MERCHANT.getPublic(), PASSWORD);
        TestKeyStores.addKey(store, "b", MERCHANT.getPrivate(), MERCHANT.getPublic(), PASSWORD);
        store.setKeyEntry("hmac", new SecretKeySpec(new byte[32], "HmacSHA256"), PASSWORD.toCharArray(), null);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair ecPair = ec.generateKeyPair();
        TestKeyStores.addKey(store, "ec", ecPair.getPrivate(), ecPair.getPublic(), PASSWORD);
        KeyStore loaded = TestKeyStores.roundTrip(store, PASSWORD);

        assertMistake(keyStoreConfiguration(loaded, "a", "not-the-" + PASSWORD), "merchantKeyPassword", "wrong");
        assertMistake(keyStoreConfiguration(loaded, "a", null), "merchantKeyPassword", "wrong or missing password");
        assertMistake(keyStoreConfiguration(loaded, "missing", PASSWORD), "merchantKeyAlias", "no key entry 'missing'");
        assertMistake(keyStoreConfiguration(loaded, null, PASSWORD), "merchantKeyAlias", "is required");
        assertMistake(keyStoreConfiguration(loaded, "hmac", PASSWORD), "merchantKeyAlias", "no private key");
        assertMistake(keyStoreConfiguration(loaded, "ec", PASSWORD), "merchantKeyAlias", "not an RSA private key");
        assertMistake(keyStoreConfiguration(TestKeyStores.emptyPkcs12(), null, PASSWORD), "merchantKeyAlias",
                "holds 0 key entries");
        assertMistake(keyStoreConfiguration(KeyStore.getInstance("PKCS12"), "a", PASSWORD), "merchantKeyStore",
                "not loaded");
    }

    @Test
    void aPrivateKeyBeanComesFirstThenTheKeyStoreThenThePemText() {
        KeyPair other = rsa();
        KeyStore store = TestKeyStores.emptyPkcs12();
        TestKeyStores.addKey(store, "merchant", other.getPrivate(), other.getPublic(), PASSWORD);
        UmfConfiguration configuration = keyStoreConfiguration(store, "merchant", PASSWORD);
        configuration.setPrivateKey(PemKeysText.pkcs8(rsa().getPrivate()));

        assertThat(modulus(MerchantKeyLoader.load(camelContext, configuration))).as("key store before PEM text")
                .isEqualTo(modulus(other.getPrivate()));
        configuration.setMerchantPrivateKey(MERCHANT.getPrivate());
        assertThat(MerchantKeyLoader.load(camelContext, configuration)).as("PrivateKey bean first")
                .isSameAs(MERCHANT.getPrivate());
    }

    @Test
    void withoutAnyKeyTheErrorNamesTheThreeWaysToGiveIt() {
        assertThatThrownBy(() -> MerchantKeyLoader.load(camelContext, new UmfConfiguration()))
                .isInstanceOf(UmfConfigurationException.class).hasMessageContaining("'privateKey'")
                .hasMessageContaining("is required").hasMessageContaining("merchantPrivateKey")
                .hasMessageContaining("merchantKeyStore");
    }

    private static void assertMistake(UmfConfiguration configuration, String option, String hint) {
        assertThatThrownBy(() -> MerchantKeyLoader.load(new DefaultCamelContext(), configuration))
                .isInstanceOfSatisfying(UmfConfigurationException.class,
                        e -> assertThat(e.getOption()).isEqualTo(option))
                .hasMessageContaining(hint).hasMessageNotContaining(PASSWORD);
    }

    private static UmfConfiguration keyStoreConfiguration(KeyStore store, String alias, String password) {
        UmfConfiguration configuration = new UmfConfiguration();
        configuration.setMerchantKeyStore(store);
        configuration.setMerchantKeyAlias(alias);
        configuration.setMerchantKeyPassword(password);
        return configuration;
    }

    private static Object modulus(PrivateKey key) {
        return ((RSAPrivateCrtKey) key).getModulus();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encryptedPem(PrivateKey key, String password) {
        try {
            JceOpenSSLPKCS8EncryptorBuilder builder = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                    .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
            builder.setPassword(password.toCharArray());
            StringWriter out = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
                writer.writeObject(new JcaPKCS8Generator(key, builder.build()));
            }
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#8 PEM text of a key. */
    private static final class PemKeysText {
        static String pkcs8(PrivateKey key) {
            return "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(key.getEncoded())
                   + "\n-----END PRIVATE KEY-----\n";
        }
    }

    /**
     * A JDK KeyStore over a real PKCS12 store whose service provider interface records the password arrays the
     * component hands to {@link KeyStore#getKey}: the JDK's own seam, no code of ours replaced.
     */
    private static final class RecordingKeyStore extends KeyStore {
        final RecordingSpi spi;

        RecordingKeyStore(KeyStore real) throws Exception {
            this(new RecordingSpi(real));
        }

        private RecordingKeyStore(RecordingSpi spi) throws Exception {
            super(spi, real(spi).getProvider(), "PKCS12");
            this.spi = spi;
            load(null, null);
        }

        private static KeyStore real(RecordingSpi spi) {
            return spi.real;
        }
    }

    private static final class RecordingSpi extends KeyStoreSpi {
        final KeyStore real;
        final List<char[]> passwordArrays = new ArrayList<>();
        final List<String> passwordsSeen = new ArrayList<>();

        RecordingSpi(KeyStore real) {
            this.real = real;
        }

        @Override
        public Key engineGetKey(String alias, char[] password) {
            passwordArrays.add(password);
            passwordsSeen.add(new String(password));
            try {
                return real.getKey(alias, password);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Certificate[] engineGetCertificateChain(String alias) {
            return call(() -> real.getCertificateChain(alias));
        }

        @Override
        public Certificate engineGetCertificate(String alias) {
            return call(() -> real.getCertificate(alias));
        }

        @Override
        public Date engineGetCreationDate(String alias) {
            return call(() -> real.getCreationDate(alias));
        }

        @Override
        public void engineSetKeyEntry(String alias, Key key, char[] password, Certificate[] chain) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void engineSetKeyEntry(String alias, byte[] key, Certificate[] chain) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void engineSetCertificateEntry(String alias, Certificate cert) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void engineDeleteEntry(String alias) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Enumeration<String> engineAliases() {
            return call(real::aliases);
        }

        @Override
        public boolean engineContainsAlias(String alias) {
            return call(() -> real.containsAlias(alias));
        }

        @Override
        public int engineSize() {
            return call(real::size);
        }

        @Override
        public boolean engineIsKeyEntry(String alias) {
            return call(() -> real.isKeyEntry(alias));
        }

        @Override
        public boolean engineIsCertificateEntry(String alias) {
            return call(() -> real.isCertificateEntry(alias));
        }

        @Override
        public String engineGetCertificateAlias(Certificate cert) {
            return call(() -> real.getCertificateAlias(cert));
        }

        @Override
        public void engineStore(OutputStream stream, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void engineLoad(InputStream stream, char[] password) {
            // the real store is loaded already
        }

        private static <T> T call(java.util.concurrent.Callable<T> call) {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

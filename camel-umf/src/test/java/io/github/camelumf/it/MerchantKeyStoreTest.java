package io.github.camelumf.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;

import io.github.camelumf.TestKeyStores;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The merchant private key read from a PKCS12 KeyStore bean signs requests the sandbox accepts. */
class MerchantKeyStoreTest extends SandboxTestSupport {

    private static final String STORE_PASSWORD = "changeit-7";

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        configuration.setPrivateKey(null);
        try {
            useKeyStore(configuration, merchantPkcs12(), STORE_PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an application does with the PKCS12 file it was given (keytool, openssl pkcs12 -export). */
    private static void useKeyStore(UmfConfiguration configuration, Path merchantP12, char[] password)
            throws IOException, GeneralSecurityException {
        // tag::merchant-key-store[]
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(merchantP12)) {
            keyStore.load(in, password);
        }
        configuration.setMerchantKeyStore(keyStore);
        configuration.setMerchantKeyAlias("umf-merchant");           // optional when the store holds one key
        configuration.setMerchantKeyPassword(new String(password)); // the entry's password (PKCS12: the store's)
        // end::merchant-key-store[]
    }

    /** The sandbox's merchant key in a PKCS12 file, with a self-signed certificate, as keytool writes it. */
    private static Path merchantPkcs12() throws IOException, GeneralSecurityException {
        KeyStore store = TestKeyStores.emptyPkcs12();
        TestKeyStores.addKey(store, "umf-merchant", SANDBOX.keys().merchantPrivateKey(), SANDBOX.keys().merchantPublicKey(),
                STORE_PASSWORD);
        Path file = Files.createTempFile("merchant", ".p12");
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, STORE_PASSWORD.toCharArray());
        }
        return file;
    }

    @Test
    void keyFromAKeyStoreBeanSignsRequestsTheSandboxAccepts() {
        Exchange created = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "10.00"), Map.of());

        assertThat(created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
        assertThat(SANDBOX.requests()).filteredOn(r -> r.method().equals("POST") && r.apiPath().equals("/payments/payment"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.signatureVerified()).isTrue());
    }
}

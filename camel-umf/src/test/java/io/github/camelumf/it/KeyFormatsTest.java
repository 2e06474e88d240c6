package io.github.camelumf.it;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.error.UmfSignatureRejectedException;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.camelumf.it.TestOrders.CARD_NUMBER;
import static io.github.camelumf.it.TestOrders.CVV2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key options accept every form the documentation promises, proven by a real card payment/create and
 * payment/verify against the sandbox: the sandbox checks each request signature (merchant private key), decrypts the
 * card fields (UMF public key) and the component verifies each response signature strictly (UMF public key).
 */
class KeyFormatsTest extends SandboxTestSupport {

    /** A password with the characters that break a URI unless the value is given as RAW(...). */
    private static final String PASSWORD = "p@ss w+rd&x=1%;é";

    @TempDir
    Path dir;

    /** The forms of the merchant private key. */
    enum MerchantKeyForm {
        PKCS1_PEM_TEXT {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
            }
        },
        PKCS8_PEM_TEXT {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs8Pem());
            }
        },
        ENCRYPTED_PKCS8_PEM_TEXT_WITH_PASSWORD {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setPrivateKey(SANDBOX.keys().merchantPrivateKeyEncryptedPkcs8Pem(PASSWORD.toCharArray()));
                c.setPrivateKeyPassword(PASSWORD);
            }
        },
        PKCS1_FILE_RESOURCE {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setPrivateKey(fileResource(dir, "merchant-pkcs1.pem", SANDBOX.keys().merchantPrivateKeyPkcs1Pem()));
            }
        },
        ENCRYPTED_PKCS8_FILE_RESOURCE_WITH_PASSWORD {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setPrivateKey(fileResource(dir, "merchant-enc.pem",
                        SANDBOX.keys().merchantPrivateKeyEncryptedPkcs8Pem(PASSWORD.toCharArray())));
                c.setPrivateKeyPassword(PASSWORD);
            }
        };

        abstract void apply(UmfConfiguration configuration, Path dir);
    }

    /** The forms of UMF's public key. */
    enum UmfKeyForm {
        CERTIFICATE_PEM_TEXT {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
            }
        },
        SUBJECT_PUBLIC_KEY_INFO_PEM_TEXT {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setUmfPublicKey(SANDBOX.keys().umfPublicKeyPem());
            }
        },
        CERTIFICATE_FILE_RESOURCE {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setUmfPublicKey(fileResource(dir, "umf.crt", SANDBOX.keys().umfCertificatePem()));
            }
        },
        SUBJECT_PUBLIC_KEY_INFO_FILE_RESOURCE {
            @Override
            void apply(UmfConfiguration c, Path dir) {
                c.setUmfPublicKey(fileResource(dir, "umf-public.pem", SANDBOX.keys().umfPublicKeyPem()));
            }
        };

        abstract void apply(UmfConfiguration configuration, Path dir);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MerchantKeyForm.class)
    void merchantPrivateKeyInEveryFormSignsRequestsTheSandboxAccepts(MerchantKeyForm form) {
        form.apply(componentConfiguration(), dir);

        createAndVerifyCardPayment("umf:payment/create", "umf:payment/verify");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UmfKeyForm.class)
    void umfPublicKeyInEveryFormEncryptsCardFieldsAndVerifiesResponses(UmfKeyForm form) {
        form.apply(componentConfiguration(), dir);

        createAndVerifyCardPayment("umf:payment/create", "umf:payment/verify");
    }

    @Test
    void keyOptionsOnTheEndpointUriOverrideTheComponentDefaults() {
        // component defaults: a well-formed key pair the sandbox does not know, so they cannot be what succeeds
        KeyPair foreign = newRsaKeyPair();
        componentConfiguration().setPrivateKey(pem(foreign.getPrivate()));
        componentConfiguration().setUmfPublicKey(pem(foreign.getPublic()));
        String merchantKey = fileResource(dir, "merchant-enc.pem",
                SANDBOX.keys().merchantPrivateKeyEncryptedPkcs8Pem(PASSWORD.toCharArray()));
        String umfKey = fileResource(dir, "umf.crt", SANDBOX.keys().umfCertificatePem());
        String privateKeyOptions = "privateKey=RAW(" + merchantKey + ")&privateKeyPassword=RAW(" + PASSWORD + ")";
        String umfKeyOptions = "umfPublicKey=RAW(" + umfKey + ")";

        createAndVerifyCardPayment("umf:payment/create?" + privateKeyOptions + "&" + umfKeyOptions,
                "umf:payment/verify?" + umfKeyOptions + "&" + privateKeyOptions);

        // controls: with either key left at the component's foreign default the call fails
        SANDBOX.clearRequests();
        Exchange foreignPrivateKey = send("umf:payment/create?" + umfKeyOptions,
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00"), Map.of());
        assertThat(foreignPrivateKey.getException()).isInstanceOf(UmfSignatureRejectedException.class);
        assertThat(SANDBOX.requests().stream().filter(r -> r.method().equals("POST") && !r.isTokenCall()))
                .singleElement().satisfies(r -> assertThat(r.signatureVerified()).isFalse());

        Exchange foreignUmfKey = send("umf:payment/create?" + privateKeyOptions,
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00"), Map.of());
        assertThat(foreignUmfKey.getException()).isInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("does not verify with the UMF public key");
    }

    private void createAndVerifyCardPayment(String createUri, String verifyUri) {
        Exchange created = call(createUri, TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00"),
                Map.of());
        String paymentId = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        assertThat(paymentId).startsWith("PAY_");

        Exchange verified = call(verifyUri, TestOrders.cardPayer("CREDIT_CARD", null),
                Map.of(UmfConstants.PAYMENT_ID, paymentId));
        assertThat(verified.getMessage().getHeader(UmfConstants.LINKS, Map.class)).containsKey("confirm");

        List<RecordedRequest> posts = SANDBOX.requests().stream()
                .filter(r -> r.method().equals("POST") && !r.isTokenCall()).toList();
        assertThat(posts).hasSize(2).allSatisfy(r -> assertThat(r.signatureVerified())
                .as("sandbox verified the signature of %s", r.apiPath()).isTrue());
        assertThat(posts.get(1).decryptedFields())
                .containsEntry("payer.payer_info.bank_card.number", CARD_NUMBER)
                .containsEntry("payer.payer_info.bank_card.cvv2", CVV2);
    }

    private UmfConfiguration componentConfiguration() {
        return context.getComponent("umf", UmfComponent.class).getConfiguration();
    }

    static String fileResource(Path dir, String name, String content) {
        try {
            Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
            return "file:" + file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(Object key) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

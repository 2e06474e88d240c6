package io.github.camelumf.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static io.github.camelumf.security.TestKeys.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RsaFieldEncryptorTest {

    private final RsaFieldEncryptor encryptor
            = new RsaFieldEncryptor(PemKeys.publicKey(TestKeys.spkiPem(MERCHANT.getPublic())));

    @Test
    void ciphertextDecryptsWithThePrivateKeyToTheUtf8Plaintext() {
        for (String plaintext : new String[] { "6225880112345678", "123", "2512", "张三", "110101199003071234" }) {
            String ciphertext = encryptor.encrypt(plaintext);

            assertThat(ciphertext).hasSize(344);
            assertThat(new String(TestKeys.decrypt(MERCHANT.getPrivate(), ciphertext), StandardCharsets.UTF_8))
                    .isEqualTo(plaintext);
        }
    }

    @Test
    void sameValueEncryptsDifferentlyEachTimeBecausePkcs1PaddingIsRandom() {
        String first = encryptor.encrypt("6225880112345678");
        String second = encryptor.encrypt("6225880112345678");

        assertThat(first).isNotEqualTo(second);
        assertThat(TestKeys.decrypt(MERCHANT.getPrivate(), second))
                .isEqualTo(TestKeys.decrypt(MERCHANT.getPrivate(), first));
    }

    @Test
    void isCiphertextRecognisesOwnCiphertextOnly() {
        assertThat(encryptor.isCiphertext(encryptor.encrypt("6225880112345678"))).isTrue();

        assertThat(encryptor.isCiphertext("6225880112345678")).isFalse();
        assertThat(encryptor.isCiphertext("")).isFalse();
        assertThat(encryptor.isCiphertext(null)).isFalse();
        assertThat(encryptor.isCiphertext(Base64.getEncoder().encodeToString(new byte[255]))).isFalse();
        assertThat(encryptor.isCiphertext(Base64.getEncoder().encodeToString(new byte[257]))).isFalse();
        assertThat(encryptor.isCiphertext(Base64.getEncoder().encodeToString(new byte[128]))).isFalse();
        assertThat(encryptor.isCiphertext("*".repeat(344))).isFalse();
    }

    @Test
    void plaintextUpToTheRsaLimitEncryptsAndLongerIsRefusedNamingTheLimitNotTheValue() {
        assertThat(encryptor.maxPlaintextBytes()).isEqualTo(245);
        String atLimit = "9".repeat(245);
        assertThat(new String(TestKeys.decrypt(MERCHANT.getPrivate(), encryptor.encrypt(atLimit)),
                StandardCharsets.UTF_8)).isEqualTo(atLimit);

        String tooLong = "4".repeat(246);
        assertThatThrownBy(() -> encryptor.encrypt(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 245 bytes")
                .hasMessageContaining("246 bytes")
                .hasMessageNotContaining("4444");
    }

    @Test
    void limitCountsUtf8BytesNotCharacters() {
        String chinese = "张".repeat(82); // 246 bytes in UTF-8

        assertThatThrownBy(() -> encryptor.encrypt(chinese))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 245 bytes")
                .hasMessageNotContaining("张");
    }

    @Test
    void nonRsaKeyIsRefused() {
        assertThatThrownBy(() -> new RsaFieldEncryptor(TestKeys.generate("EC", 256).getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an RSA key");
    }
}

package io.github.camelumf.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.crypto.Cipher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.operation.UmfOperations;
import io.github.camelumf.security.RsaFieldEncryptor;
import io.github.camelumf.security.SensitiveFieldEncryption;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Encrypting the five bank-card fields of a card payer (number, valid_date, cvv2, citizen_id_number, payer_name)
 * with RSA/ECB/PKCS1Padding and an RSA-2048 key.
 * <ul>
 * <li>baseline: the bare {@link Cipher} (JDK SunJCE, initialised once) on the five values, base64-encoded;</li>
 * <li>{@link SensitiveFieldEncryption}: the component's walk of a copy of the payer tree along every *enc* path of
 * payment/verify (the catalog's full list, most of them absent from a card payer), replacing the values found;</li>
 * <li>the tree copy alone, which the walk needs because it encrypts in place (a benchmark artefact: the component
 * walks the request body it already has).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FieldEncryptionBenchmark {

    private static final String[] VALUES = { Payloads.CARD_NUMBER, Payloads.VALID_DATE, Payloads.CVV2,
            Payloads.CITIZEN_ID, Payloads.PAYER_NAME };

    private ObjectNode cardPayer;
    private List<String> encryptedFields;
    private SensitiveFieldEncryption encryption;
    private Cipher cipher;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException, JsonProcessingException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        cardPayer = (ObjectNode) new ObjectMapper().readTree(Payloads.cardPayer());
        encryptedFields = UmfOperations.byEndpointName("payment/verify").orElseThrow().encryptedFields();
        encryption = new SensitiveFieldEncryption(new RsaFieldEncryptor(keys.getPublic()));
        cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding", "SunJCE");
        cipher.init(Cipher.ENCRYPT_MODE, keys.getPublic());

        int encrypted = encryption.encrypt(cardPayer.deepCopy(), encryptedFields);
        if (encrypted != VALUES.length) {
            throw new IllegalStateException("expected " + VALUES.length + " encrypted fields, got " + encrypted);
        }
    }

    @Benchmark
    public void encryptBaselineBareCipher(Blackhole blackhole) throws GeneralSecurityException {
        for (String value : VALUES) {
            blackhole.consume(Base64.getEncoder().encodeToString(cipher.doFinal(value.getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Benchmark
    public ObjectNode encryptCamelUmfSensitiveFieldEncryption() {
        ObjectNode body = cardPayer.deepCopy();
        encryption.encrypt(body, encryptedFields);
        return body;
    }

    @Benchmark
    public ObjectNode treeCopyOnly() {
        return cardPayer.deepCopy();
    }
}

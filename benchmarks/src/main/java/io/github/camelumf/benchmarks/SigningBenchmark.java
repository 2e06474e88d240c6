package io.github.camelumf.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.security.RsaSha256SignatureVerifier;
import io.github.camelumf.security.RsaSha256Signer;
import io.github.camelumf.security.VerificationResult;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
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

/**
 * SHA256withRSA over a realistic 1.5 KB payment body with an RSA-2048 key, every variant base64-encoding (or
 * decoding) the signature as the {@code Signature} header needs it.
 * <ul>
 * <li>baseline: a plain {@link Signature} from the default provider, obtained and initialised on every call;</li>
 * <li>{@link RsaSha256Signer} / {@link RsaSha256SignatureVerifier}: the JDK provider, one initialised engine per
 * thread;</li>
 * <li>Bouncy Castle: the BC provider's engine, initialised once (the same reuse as the component).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SigningBenchmark {

    private static final String ALGORITHM = "SHA256withRSA";

    private KeyPair keys;
    private byte[] body;
    private String signatureBase64;

    private RsaSha256Signer signer;
    private RsaSha256SignatureVerifier verifier;
    private Signature bouncyCastleSigner;
    private Signature bouncyCastleVerifier;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        body = Payloads.signedPaymentBody().getBytes(StandardCharsets.UTF_8);

        signer = new RsaSha256Signer(keys.getPrivate());
        verifier = new RsaSha256SignatureVerifier(keys.getPublic());
        Provider bouncyCastle = new BouncyCastleProvider();
        bouncyCastleSigner = Signature.getInstance(ALGORITHM, bouncyCastle);
        bouncyCastleSigner.initSign(keys.getPrivate());
        bouncyCastleVerifier = Signature.getInstance(ALGORITHM, bouncyCastle);
        bouncyCastleVerifier.initVerify(keys.getPublic());

        signatureBase64 = signer.sign(body);
        // every variant must compute the same thing (PKCS#1 v1.5 signatures are deterministic)
        check(signatureBase64.equals(signBaselineJdkPerCall()), "JDK per-call signature differs");
        check(signatureBase64.equals(signBouncyCastle()), "Bouncy Castle signature differs");
        check(verifyBaselineJdkPerCall(), "JDK per-call verification failed");
        check(verifyCamelUmfVerifier() == VerificationResult.VALID, "RsaSha256SignatureVerifier failed");
        check(verifyBouncyCastle(), "Bouncy Castle verification failed");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    @Benchmark
    public String signBaselineJdkPerCall() throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initSign(keys.getPrivate());
        signature.update(body);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    @Benchmark
    public String signCamelUmfSigner() {
        return signer.sign(body);
    }

    @Benchmark
    public String signBouncyCastle() throws GeneralSecurityException {
        bouncyCastleSigner.update(body);
        return Base64.getEncoder().encodeToString(bouncyCastleSigner.sign());
    }

    @Benchmark
    public boolean verifyBaselineJdkPerCall() throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initVerify(keys.getPublic());
        signature.update(body);
        return signature.verify(Base64.getDecoder().decode(signatureBase64));
    }

    @Benchmark
    public VerificationResult verifyCamelUmfVerifier() {
        return verifier.check(body, signatureBase64);
    }

    @Benchmark
    public boolean verifyBouncyCastle() throws GeneralSecurityException {
        bouncyCastleVerifier.update(body);
        return bouncyCastleVerifier.verify(Base64.getDecoder().decode(signatureBase64));
    }
}

package io.github.camelumf.security;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells which text UMF signs: run it on an answer captured from UMF (the body bytes exactly as received, saved to a
 * file) and UMF's certificate or public key (PEM), and it prints, for the answer's {@code meta.sign} (and an optional
 * {@code Signature} header value), which {@link SignatureForm} verifies.
 *
 * <pre>
 * java -cp "camel-umf.jar:$(cat classpath.txt)" io.github.camelumf.security.MetaSignTool answer.json umf-cert.pem [signature-header]
 * </pre>
 *
 * Exit status: 0 when a form verified, 1 when none did, 2 on bad arguments or unreadable files. No JUnit, no Camel.
 */
public final class MetaSignTool {

    private MetaSignTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the tool, printing to {@code out}; returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || args.length > 3) {
            out.println("usage: MetaSignTool <answer-file> <umf-certificate-or-public-key.pem> [signature-header-value]");
            return 2;
        }
        byte[] body;
        SignatureVerifier verifier;
        try {
            body = Files.readAllBytes(Path.of(args[0]));
            verifier = new RsaSha256SignatureVerifier(
                    PemKeys.publicKey(Files.readString(Path.of(args[1]), StandardCharsets.US_ASCII)));
        } catch (IOException | IllegalArgumentException e) {
            out.println("cannot read the input: " + e.getMessage());
            return 2;
        }
        boolean verified = false;
        if (args.length == 3) {
            VerificationResult header = verifier.check(body, args[2]);
            out.println("Signature header over the whole body: " + header);
            verified = header.isValid();
        }
        RawMembers members = RawMembers.of(body);
        String sign = members == null ? null : MetaSignVerifier.signOf(readTree(body));
        if (sign == null) {
            out.println("meta.sign: none (the answer is not a JSON object with meta.sign)");
        } else {
            for (SignatureForm form : SignatureForm.values()) {
                byte[] bytes = form.bytes(members);
                VerificationResult result = bytes == null ? VerificationResult.MISSING : verifier.check(bytes, sign);
                out.println("meta.sign over " + form + " (" + form.description() + "): " + result);
                verified |= result.isValid();
            }
        }
        out.println(verified ? "VERIFIED" : "NOT VERIFIED");
        return verified ? 0 : 1;
    }

    private static JsonNode readTree(byte[] body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}

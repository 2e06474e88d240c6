package io.github.camelumf.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone:
 * <pre>
 * java -jar camel-umf-sandbox-VERSION-standalone.jar --port 8099 --keys-dir ./umf-keys
 * </pre>
 * Options: {@code --port N} (default 0: a free port), {@code --keys-dir DIR} (writes
 * {@code merchant-private-key-pkcs8.pem}, {@code merchant-private-key-pkcs1.pem}, {@code merchant-public-key.pem},
 * {@code umf-public-key.pem}, {@code umf-certificate.pem} and {@code client.properties} with client_id,
 * client_secret and base_url), {@code --client-id}, {@code --client-secret}, {@code --token-expires-in SECONDS},
 * {@code --async-refund-auto-complete SECONDS}, {@code --https} (HTTPS with a generated certificate; with
 * {@code --keys-dir} also {@code sandbox-truststore.p12} and {@code sandbox-tls-certificate.pem}, the trust store
 * password in {@code client.properties}), {@code --refusals-http-200} (every refusal answered with HTTP 200),
 * {@code --lenient-lengths}. The first line printed is the base URL.
 */
public final class UmfSandboxMain {

    private UmfSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        UmfSandbox sandbox;
        try {
            sandbox = run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: [--port N] [--keys-dir DIR] [--client-id ID] [--client-secret SECRET]"
                    + " [--token-expires-in SECONDS] [--async-refund-auto-complete SECONDS] [--https]"
                    + " [--refusals-http-200] [--lenient-lengths]");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "umf-sandbox-shutdown"));
        stopped.await();
    }

    /** Builds and starts a sandbox from command-line arguments, writes the keys, prints the base URL first. */
    public static UmfSandbox run(String[] args, PrintStream out) {
        UmfSandbox.Builder builder = UmfSandbox.builder();
        Path keysDir = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (flag(builder, option)) {
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port":
                    builder.port(number(option, value));
                    break;
                case "--keys-dir":
                    keysDir = Path.of(value);
                    break;
                case "--client-id":
                    builder.clientId(value);
                    break;
                case "--client-secret":
                    builder.clientSecret(value);
                    break;
                case "--token-expires-in":
                    builder.tokenExpiresIn(Duration.ofSeconds(number(option, value)));
                    break;
                case "--async-refund-auto-complete":
                    builder.asyncRefundAutoComplete(Duration.ofSeconds(number(option, value)));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + option);
            }
        }
        UmfSandbox sandbox = builder.build().start();
        out.println(sandbox.baseUrl());
        if (keysDir != null) {
            writeKeys(sandbox, keysDir);
            out.println("keys and client credentials written to " + keysDir.toAbsolutePath());
        }
        out.println("control API: " + sandbox.controlUrl() + " (payments/{id}/sms-code, payments/{id}/complete, ...)");
        out.flush();
        return sandbox;
    }

    private static boolean flag(UmfSandbox.Builder builder, String option) {
        switch (option) {
            case "--https":
                builder.https(true);
                return true;
            case "--refusals-http-200":
                builder.behaviour(b -> b.refusalStatus(SandboxBehaviour.RefusalStatus.ALWAYS_200));
                return true;
            case "--lenient-lengths":
                builder.behaviour(b -> b.lenientLengths(true));
                return true;
            default:
                return false;
        }
    }

    private static void writeKeys(UmfSandbox sandbox, Path dir) {
        SandboxKeys keys = sandbox.keys();
        try {
            Files.createDirectories(dir);
            secret(dir.resolve("merchant-private-key-pkcs8.pem"), keys.merchantPrivateKeyPkcs8Pem());
            secret(dir.resolve("merchant-private-key-pkcs1.pem"), keys.merchantPrivateKeyPkcs1Pem());
            Files.writeString(dir.resolve("merchant-public-key.pem"), keys.merchantPublicKeyPem());
            Files.writeString(dir.resolve("umf-public-key.pem"), keys.umfPublicKeyPem());
            Files.writeString(dir.resolve("umf-certificate.pem"), keys.umfCertificatePem());
            String tlsProperties = "";
            if (sandbox.https()) {
                sandbox.tls().writeTrustStore(dir.resolve("sandbox-truststore.p12"));
                Files.writeString(dir.resolve("sandbox-tls-certificate.pem"), sandbox.tls().certificatePem());
                tlsProperties = "truststore=" + dir.resolve("sandbox-truststore.p12").toAbsolutePath() + "\n"
                        + "truststore_password=" + sandbox.tls().trustStorePassword() + "\n";
            }
            secret(dir.resolve("client.properties"), "client_id=" + sandbox.clientId() + "\n"
                    + "client_secret=" + sandbox.clientSecret() + "\n"
                    + "base_url=" + sandbox.baseUrl() + "\n" + tlsProperties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keys to " + dir, e);
        }
    }

    private static void secret(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }
}

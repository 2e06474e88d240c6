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
 * {@code umf-public-key.pem}, {@code umf-certificate.pem}, {@code client.properties} with the component's configuration
 * in Camel property names ({@code camel.component.umf.base-url}, {@code client-id}, {@code client-secret},
 * {@code private-key}, {@code umf-public-key}, ...; with {@code --https} also Camel's global trust store
 * {@code camel.ssl.trust-store}/{@code trust-store-password} for {@code sandbox-truststore.p12}) and a
 * {@code .gitignore} that keeps all of it out of version control), {@code --client-id}, {@code --client-secret},
 * {@code --token-expires-in SECONDS}, {@code --async-refund-auto-complete SECONDS}, {@code --https} (HTTPS with a
 * generated certificate; with {@code --keys-dir} also {@code sandbox-truststore.p12} and
 * {@code sandbox-tls-certificate.pem}), {@code --refusals-http-200} (every refusal answered with HTTP 200),
 * {@code --lenient-lengths}, {@code --sign-files} (downloaded files carry a {@code Signature} header over their bytes,
 * which the UMF reference does not show). The first line printed is the base URL.
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
                    + " [--refusals-http-200] [--lenient-lengths] [--sign-files]");
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
            case "--sign-files":
                builder.signFiles(true);
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
                tlsProperties = "camel.component.umf.use-global-ssl-context-parameters=true\n"
                        + "camel.ssl.enabled=true\n"
                        + "camel.ssl.trust-store=file:" + dir.resolve("sandbox-truststore.p12").toAbsolutePath() + "\n"
                        + "camel.ssl.trust-store-password=" + sandbox.tls().trustStorePassword() + "\n";
            }
            secret(dir.resolve("client.properties"), clientProperties(sandbox, dir) + tlsProperties);
            // the keys and the secret never belong in version control, wherever the directory was created
            Files.writeString(dir.resolve(".gitignore"), "# written by the UMF sandbox: keys and credentials\n*\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keys to " + dir, e);
        }
    }

    /**
     * The component's configuration for this sandbox in Camel's property names, ready for Camel Main
     * ({@code camel.main.properties-location}) or Spring Boot ({@code spring.config.import}): Camel masks
     * {@code client-secret} in its start-up summaries. The key options name the files as {@code file:} resources.
     */
    static String clientProperties(UmfSandbox sandbox, Path dir) {
        Path keys = dir.toAbsolutePath();
        return "# The umf component configured for the UMF sandbox at " + sandbox.baseUrl() + "\n"
               + "camel.component.umf.environment=SANDBOX\n"
               + "camel.component.umf.base-url=" + sandbox.baseUrl() + "\n"
               + "camel.component.umf.client-id=" + sandbox.clientId() + "\n"
               + "camel.component.umf.client-secret=" + sandbox.clientSecret() + "\n"
               + "camel.component.umf.private-key=file:" + keys.resolve("merchant-private-key-pkcs8.pem") + "\n"
               + "camel.component.umf.umf-public-key=file:" + keys.resolve("umf-certificate.pem") + "\n"
               + "camel.component.umf.response-verification=STRICT\n";
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

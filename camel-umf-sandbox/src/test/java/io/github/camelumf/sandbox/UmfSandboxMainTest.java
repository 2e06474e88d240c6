package io.github.camelumf.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class UmfSandboxMainTest {

    @Test
    void standaloneMainPrintsTheBaseUrlWritesKeysAndAnswers(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UmfSandboxMain.class.getName(),
                "--port", "0", "--keys-dir", keys.toString(), "--client-id", "standalone-client")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String baseUrl = out.readLine();
            out.readLine();

            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+/cberest/v1");
            Properties client = new Properties();
            try (var reader = Files.newBufferedReader(keys.resolve("client.properties"))) {
                client.load(reader);
            }
            assertThat(client.stringPropertyNames()).containsExactlyInAnyOrder("camel.component.umf.environment",
                    "camel.component.umf.base-url", "camel.component.umf.client-id",
                    "camel.component.umf.client-secret", "camel.component.umf.private-key",
                    "camel.component.umf.umf-public-key", "camel.component.umf.response-verification");
            assertThat(client.getProperty("camel.component.umf.client-id")).isEqualTo("standalone-client");
            assertThat(client.getProperty("camel.component.umf.base-url")).isEqualTo(baseUrl);
            assertThat(client.getProperty("camel.component.umf.private-key"))
                    .isEqualTo("file:" + keys.toAbsolutePath().resolve("merchant-private-key-pkcs8.pem"));
            assertThat(Files.readAllLines(keys.resolve(".gitignore"))).as("the keys directory ignores itself")
                    .contains("*");
            assertThat(Files.readString(keys.resolve("merchant-private-key-pkcs8.pem")))
                    .startsWith("-----BEGIN PRIVATE KEY-----");
            assertThat(Files.readString(keys.resolve("umf-public-key.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
            assertThat(Files.getPosixFilePermissions(keys.resolve("merchant-private-key-pkcs8.pem")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

            String body = "{\"client_id\":\"standalone-client\",\"client_secret\":\""
                    + client.getProperty("camel.component.umf.client-secret") + "\",\"grant_type\":\"client_credentials\"}";
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/oauth/authorize")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("\"access_token\"");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void signFilesFlagMakesTheFilesSignedAndTheDefaultLeavesThemUnsigned() {
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        try (UmfSandbox signing = UmfSandboxMain.run(new String[] { "--sign-files" }, quiet);
             UmfSandbox plain = UmfSandboxMain.run(new String[0], quiet)) {
            assertThat(signing.signsFiles()).isTrue();
            assertThat(plain.signsFiles()).isFalse();
        }
    }
}

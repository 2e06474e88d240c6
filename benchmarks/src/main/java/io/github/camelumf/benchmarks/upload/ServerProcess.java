package io.github.camelumf.benchmarks.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@link BenchFtpServer} running in a JVM of its own (256 MiB heap), started with this JVM's class path.
 *
 * @param process the server's JVM
 * @param port    the port it listens on (127.0.0.1)
 */
record ServerProcess(Process process, int port) implements AutoCloseable {

    static ServerProcess start(Path home, String password) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BenchFtpServer.class.getName(), home.toString(), password)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.US_ASCII));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("PORT ")) {
                return new ServerProcess(process, Integer.parseInt(line.substring(5).trim()));
            }
        }
        process.destroy();
        throw new IOException("the FTP server process ended before listening");
    }

    /** Closes the server's standard input (it stops) and waits for its JVM to end. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}

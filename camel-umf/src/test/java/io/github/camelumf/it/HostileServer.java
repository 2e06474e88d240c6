package io.github.camelumf.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that plays a hostile or broken UMF, byte by byte: every connection serves one request and
 * then closes. The token call ({@code /oauth/authorize}) gets a normal token answer; every other request is answered by
 * the current {@link Behaviour}, which writes whatever it likes to the socket (an endless header, an endless chunked
 * body, one byte per second, an unsigned JSON answer...).
 */
public final class HostileServer implements AutoCloseable {

    /** Writes the answer to one API request. */
    @FunctionalInterface
    public interface Behaviour {
        void answer(String requestLine, byte[] body, OutputStream out) throws IOException;

        /** A complete JSON answer with the given status, without any signature. */
        static Behaviour json(int status, String json) {
            return (line, body, out) -> {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json;charset=UTF-8\r\n"
                           + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
            };
        }
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionsClosedByClient = new AtomicInteger();
    private volatile Behaviour behaviour = Behaviour.json(200, "{\"meta\":{\"ret_code\":\"0000\"}}");
    private volatile Behaviour tokenAnswer = Behaviour.json(200,
            "{\"access_token\":\"hostile-token\",\"expires_in\":3600}");

    private HostileServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::acceptLoop);
    }

    public static HostileServer start() throws IOException {
        return new HostileServer();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/cberest/v1";
    }

    /** How the token call is answered (a normal token by default). */
    public void answerTokens(Behaviour tokenAnswer) {
        this.tokenAnswer = tokenAnswer;
    }

    public void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** The request lines of the API calls (not the token calls) received. */
    public List<String> requests() {
        return requests;
    }

    /** The request lines and headers of the API calls received. */
    public List<String> heads() {
        return heads;
    }

    /**
     * How many answers were cut short because the client closed the connection while they were being written; waits
     * (up to 30 s) for the first one, since the server notices only on its next write.
     */
    public int connectionsClosedByClient() {
        long end = System.nanoTime() + 30_000_000_000L;
        while (connectionsClosedByClient.get() == 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return connectionsClosedByClient.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.submit(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            String requestLine = head.lines().findFirst().orElse("");
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            byte[] body = in.readNBytes(length);
            OutputStream out = socket.getOutputStream();
            if (requestLine.contains("/oauth/authorize")) {
                tokenAnswer.answer(requestLine, body, out);
                return;
            }
            requests.add(requestLine);
            heads.add(head);
            try {
                behaviour.answer(requestLine, body, out);
            } catch (IOException e) {
                connectionsClosedByClient.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
        threads.shutdownNow();
    }
}

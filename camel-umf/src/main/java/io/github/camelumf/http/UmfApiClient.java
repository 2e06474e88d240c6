package io.github.camelumf.http;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.RawMembers;
import io.github.camelumf.security.TokenProvider;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one UMF API call and returns UMF's verified answer. Owns the transport rules:
 * <ul>
 * <li>GETs are repeated on connection failures, 429 and 5xx with exponential backoff and jitter;</li>
 * <li>POSTs are sent once: a failure before a connection exists is a {@link UmfConnectionException}, any failure
 * after the request may have been written is a {@link UmfAmbiguousOutcomeException};</li>
 * <li>a call refused for its token (HTTP 401 or ret_code 00280703) refreshes the token, only if the refused token is
 * still current, and is repeated once: UMF refused it before doing anything;</li>
 * <li>every answer is checked against its {@code meta.sign} (and {@code Signature} header) before it is trusted;</li>
 * <li>every exchange has an overall deadline and a size cap, and is aborted when it passes either
 * ({@link BoundedExchange}).</li>
 * </ul>
 * Logs the method, path, status and ret_code only: never bodies or headers.
 */
public final class UmfApiClient implements Closeable {

    /** ret_code of a refused (expired, disabled or unknown) token. */
    public static final String TOKEN_REFUSED = "00280703";

    private static final Logger LOG = LoggerFactory.getLogger(UmfApiClient.class);

    private final String baseUrl;
    private final String acceptLanguage;
    private final CloseableHttpClient http;
    private final TokenProvider tokens;
    private final ResponseSignatureCheck signatureCheck;
    private final RetryPolicy retryPolicy;
    private final ObjectMapper mapper;
    private final InsecureHttpPolicy insecureHttp;
    private final BoundedExchange exchange;

    UmfApiClient(String baseUrl, String acceptLanguage, CloseableHttpClient http, TokenProvider tokens,
                 ResponseSignatureCheck signatureCheck, RetryPolicy retryPolicy, ObjectMapper mapper,
                 InsecureHttpPolicy insecureHttp, long callTimeout) {
        this.baseUrl = baseUrl;
        this.acceptLanguage = acceptLanguage;
        this.http = http;
        this.insecureHttp = insecureHttp;
        this.exchange = new BoundedExchange(http, callTimeout, BoundedExchange.MAX_JSON_BYTES);
        this.tokens = tokens;
        this.signatureCheck = signatureCheck;
        this.retryPolicy = retryPolicy;
        this.mapper = mapper;
    }

    /**
     * Calls UMF.
     *
     * @param operation the endpoint name, for messages
     * @param path      the path below the base URL, path parameters already filled in
     * @param query     query parameters (may be empty)
     * @param body      the exact JSON bytes to POST, or {@code null} for a GET
     */
    public UmfResponse call(String operation, String path, Map<String, String> query, byte[] body) {
        String uri = baseUrl + path + queryString(query);
        insecureHttp.checkNotifyUrls(body, mapper);
        HttpClientContext context = HttpClientContext.create();
        UmfResponse response = callOnce(operation, path, uri, body, context);
        if (!isTokenRefusal(response)) {
            return response;
        }
        LOG.debug("UMF refused the access token for {}; refreshing it once and repeating the call", operation);
        tokens.refreshAfterRejection((AccessToken) context.getAttribute(BearerTokenInterceptor.TOKEN_USED));
        return callOnce(operation, path, uri, body, HttpClientContext.create());
    }

    private UmfResponse callOnce(String operation, String path, String uri, byte[] body, HttpClientContext context) {
        RawResponse raw = body == null ? getWithRetries(operation, uri, context) : postOnce(operation, uri, body, context);
        UmfResponse response = verified(operation, raw, false);
        LOG.debug("UMF {} {} -> HTTP {} ret_code {}", body == null ? "GET" : "POST", path, raw.status(),
                response.retCode());
        return response;
    }

    /**
     * Uploads a multipart body (sent once: a transport failure after sending is an ambiguous outcome), repeating it
     * once with a new token when UMF refused the token, and verifies the answer like {@link #call}.
     *
     * @param operation the endpoint name, for messages
     * @param path      the path below the base URL
     * @param body      a repeatable multipart entity
     * @param signature the {@code Signature} header: made over the uploaded content
     */
    public UmfResponse upload(String operation, String path, ContentSignedEntity body, String signature) {
        HttpClientContext context = HttpClientContext.create();
        UmfResponse response = uploadOnce(operation, path, body, signature, context);
        if (!isTokenRefusal(response)) {
            return response;
        }
        tokens.refreshAfterRejection((AccessToken) context.getAttribute(BearerTokenInterceptor.TOKEN_USED));
        return uploadOnce(operation, path, body, signature, HttpClientContext.create());
    }

    private UmfResponse uploadOnce(String operation, String path, ContentSignedEntity body, String signature,
                                   HttpClientContext context) {
        HttpPost post = new HttpPost(baseUrl + path);
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        post.setHeader(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        post.setHeader(SignatureInterceptor.SIGNATURE_HEADER, signature);
        post.setEntity(body);
        RawResponse raw;
        try {
            raw = execute(post, context);
        } catch (IOException e) {
            if (TransportFailures.requestNotSent(e)) {
                throw new UmfConnectionException("Cannot connect to UMF for " + operation + " (request not sent): "
                                                 + TransportFailures.describe(e), e);
            }
            throw new UmfAmbiguousOutcomeException(operation, TransportFailures.describe(e), e);
        }
        UmfResponse response = verified(operation, raw, false);
        return response;
    }

    /**
     * Makes sure an access token is at hand (the cached one, or a new one from UMF): proves that UMF is reachable and
     * accepts the credentials. For health checks.
     */
    public void ensureToken() {
        tokens.token();
    }

    /** How many answers verified with each meta.sign form, as {@code FORM=n, ...}. */
    public String signatureFormMatches() {
        return signatureCheck.metaSign().describeMatches();
    }

    /** Calls the token endpoint (no bearer token). */
    UmfResponse callWithoutToken(String operation, String path, byte[] body) {
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(BearerTokenInterceptor.SKIP_TOKEN, Boolean.TRUE);
        RawResponse raw = postOnceForToken(operation, baseUrl + path, body, context);
        UmfResponse response = verified(operation, raw, true);
        return response;
    }

    private RawResponse postOnceForToken(String operation, String uri, byte[] body, HttpClientContext context) {
        try {
            return execute(post(uri, body), context);
        } catch (IOException e) {
            // the token call changes nothing at UMF but the current token: safe to report as a connection failure
            throw new UmfConnectionException("Cannot obtain an access token from UMF (" + operation + "): "
                                             + TransportFailures.describe(e), e);
        }
    }

    private static boolean isTokenRefusal(UmfResponse response) {
        return response.status() == 401 || TOKEN_REFUSED.equals(response.retCode());
    }

    private RawResponse postOnce(String operation, String uri, byte[] body, HttpClientContext context) {
        try {
            return execute(post(uri, body), context);
        } catch (IOException e) {
            if (TransportFailures.requestNotSent(e)) {
                throw new UmfConnectionException("Cannot connect to UMF for " + operation + " (request not sent): "
                                                 + TransportFailures.describe(e), e);
            }
            throw new UmfAmbiguousOutcomeException(operation, TransportFailures.describe(e), e);
        }
    }

    private RawResponse getWithRetries(String operation, String uri, HttpClientContext context) {
        for (int attempt = 0;; attempt++) {
            boolean lastAttempt = attempt >= retryPolicy.maxRetries();
            try {
                HttpGet get = new HttpGet(uri);
                headers(get);
                RawResponse raw = execute(get, context);
                if (lastAttempt || !RetryPolicy.isRetryableStatus(raw.status())) {
                    return raw;
                }
                LOG.debug("UMF GET for {} answered HTTP {}; retrying", operation, raw.status());
            } catch (IOException e) {
                if (lastAttempt || e instanceof BoundedExchange.AnswerTooLarge) {
                    throw new UmfConnectionException("UMF unreachable for " + operation + " after " + (attempt + 1)
                                                     + " attempt(s): " + TransportFailures.describe(e), e);
                }
                LOG.debug("UMF GET for {} failed ({}); retrying", operation, e.getClass().getSimpleName());
            }
            sleep(retryPolicy.delayBefore(attempt).toMillis());
        }
    }

    private HttpPost post(String uri, byte[] body) {
        HttpPost post = new HttpPost(uri);
        headers(post);
        post.setEntity(new JsonBodyEntity(body));
        return post;
    }

    private void headers(HttpUriRequestBase request) {
        request.setHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        request.setHeader(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }

    private RawResponse execute(HttpUriRequestBase request, HttpClientContext context) throws IOException {
        return exchange.execute(request, context);
    }

    /**
     * Parses the answer (its tree and the raw bytes of its members in one pass) and verifies its signature.
     *
     * @param tokenAnswer whether this is the token call's answer (no signature required)
     */
    private UmfResponse verified(String operation, RawResponse raw, boolean tokenAnswer) {
        RawMembers.Parsed parsed = RawMembers.parse(raw.body(), mapper);
        JsonNode json = parsed != null ? parsed.tree() : readTree(raw.body());
        RawMembers members = parsed != null ? parsed.members() : null;
        if (tokenAnswer) {
            signatureCheck.verifyTokenAnswer(operation, raw, json, members);
        } else {
            signatureCheck.verify(operation, raw, json, members);
        }
        JsonNode meta = json == null ? null : json.get("meta");
        // untrusted: a ret_code with a line break in it would forge a log line (UmfApiException.cleanRetCode)
        String retCode = meta == null ? null : UmfApiException.cleanRetCode(text(meta.get("ret_code")));
        String retMsg = meta == null ? null : text(meta.get("ret_msg"));
        return new UmfResponse(raw.status(), json, retCode, retMsg, members);
    }

    /** The answer as a JSON object, or {@code null} when it is none (3.20's array around one object is unwrapped). */
    private JsonNode readTree(byte[] body) {
        JsonNode json;
        try {
            json = mapper.readTree(body); // an empty body reads as a missing node: no JSON object
        } catch (IOException e) {
            return null;
        }
        if (json != null && json.isArray() && json.size() == 1 && json.get(0).isObject()) {
            json = json.get(0); // 3.20: the answer is a JSON array around the object
        }
        return json != null && json.isObject() ? json : null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        query.forEach((name, value) -> {
            if (value != null) {
                sb.append(sb.length() == 0 ? '?' : '&')
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UmfException("Interrupted while waiting to retry a UMF call", e);
        }
    }

    @Override
    public void close() throws IOException {
        exchange.close();
        http.close();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Streamed downloads (STREAM rows, issue 7): a path of its own. A file body is never read whole and the JSON size
    // cap does not apply to it: it is handed over as a stream still open on the connection, its Signature header, if
    // any (the reference defines none on files), checked over the bytes as they pass (the check fires at the end of
    // the stream). A JSON answer on this path (a
    // refusal, "not ready yet") is read within the JSON cap and verified like any answer of call(), meta.sign
    // included. The callTimeout deadline runs until the answer is known: for a JSON answer until it is read whole,
    // for a file until its body starts (the file itself is then read under the per-read responseTimeout, since a
    // statement may legitimately take longer than one API call).

    /**
     * Downloads a file with a GET (repeated like other GETs on connection failures, 429 and 5xx before the body
     * starts; a refused token is refreshed once).
     *
     * @param operation the endpoint name, for messages
     * @param path      the path below the base URL, path parameters already filled in
     * @param query     query parameters (may be empty)
     */
    public UmfDownload download(String operation, String path, Map<String, String> query) {
        String uri = baseUrl + path + queryString(query);
        HttpClientContext context = HttpClientContext.create();
        UmfDownload download = downloadOnce(operation, path, uri, context);
        if (download.isFile() || !isTokenRefusal(download.answer())) {
            return download;
        }
        tokens.refreshAfterRejection((AccessToken) context.getAttribute(BearerTokenInterceptor.TOKEN_USED));
        return downloadOnce(operation, path, uri, HttpClientContext.create());
    }

    private UmfDownload downloadOnce(String operation, String path, String uri, HttpClientContext context) {
        OpenedAnswer opened = openWithRetries(operation, uri, context);
        ClassicHttpResponse response = opened.response();
        try {
            Header signature = response.getFirstHeader(SignatureInterceptor.SIGNATURE_HEADER);
            String signatureValue = signature == null ? null : signature.getValue();
            BufferedInputStream body = new BufferedInputStream(
                    response.getEntity() == null ? InputStream.nullInputStream() : response.getEntity().getContent(),
                    64 * 1024);
            if (response.getCode() == 200 && !startsWithJsonObject(body)) {
                VerifyingInputStream file = new VerifyingInputStream(body,
                        signatureCheck.streaming(operation, 200, signatureValue), operation, response);
                opened.deadline().cancel();
                LOG.debug("UMF GET {} -> HTTP 200, file streamed", path);
                return new UmfDownload(200, file, null);
            }
            RawResponse raw = new RawResponse(response.getCode(), exchange.readCapped(body, opened.request()),
                    signatureValue);
            opened.deadline().cancel();
            response.close();
            UmfResponse answer = verified(operation, raw, false);
            LOG.debug("UMF GET {} -> HTTP {} ret_code {}", path, raw.status(), answer.retCode());
            return new UmfDownload(raw.status(), null, answer);
        } catch (IOException e) {
            opened.deadline().cancel();
            closeQuietly(response);
            throw new UmfConnectionException("Reading the answer of " + operation + " failed: "
                                             + TransportFailures.describe(opened.deadline().explain(e)), e);
        } catch (RuntimeException e) {
            opened.deadline().cancel();
            closeQuietly(response);
            throw e;
        }
    }

    /** An answer whose head has come, with the request and the deadline still running over it. */
    private record OpenedAnswer(HttpGet request, ClassicHttpResponse response, BoundedExchange.Deadline deadline) {
    }

    private OpenedAnswer openWithRetries(String operation, String uri, HttpClientContext context) {
        for (int attempt = 0;; attempt++) {
            boolean lastAttempt = attempt >= retryPolicy.maxRetries();
            HttpGet get = new HttpGet(uri);
            headers(get);
            get.setHeader(HttpHeaders.ACCEPT, "*/*");
            BoundedExchange.Deadline deadline = exchange.startDeadline(get);
            try {
                ClassicHttpResponse response = http.executeOpen(null, get, context);
                if (lastAttempt || !RetryPolicy.isRetryableStatus(response.getCode())) {
                    return new OpenedAnswer(get, response, deadline);
                }
                deadline.cancel();
                closeQuietly(response);
                LOG.debug("UMF download for {} answered HTTP {}; retrying", operation, response.getCode());
            } catch (IOException e) {
                deadline.cancel();
                IOException failure = deadline.explain(e);
                if (lastAttempt) {
                    throw new UmfConnectionException("UMF unreachable for " + operation + " after " + (attempt + 1)
                                                     + " attempt(s): " + TransportFailures.describe(failure), failure);
                }
                LOG.debug("UMF download for {} failed ({}); retrying", operation, failure.getClass().getSimpleName());
            }
            sleep(retryPolicy.delayBefore(attempt).toMillis());
        }
    }

    /** Whether the first byte that is not white space is '{' (UMF's JSON answer rather than a file). */
    private static boolean startsWithJsonObject(BufferedInputStream body) throws IOException {
        body.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = body.read();
                if (b < 0) {
                    return false;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '{';
                }
            }
            return false;
        } finally {
            body.reset();
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // discarded either way
        }
    }
}

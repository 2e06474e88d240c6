package io.github.camelumf.http;

import java.io.Closeable;
import java.io.IOException;
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
import io.github.camelumf.security.TokenProvider;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
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
        for (int tokenAttempt = 0;; tokenAttempt++) {
            HttpClientContext context = HttpClientContext.create();
            RawResponse raw = body == null ? getWithRetries(operation, uri, context) : postOnce(operation, uri, body, context);
            UmfResponse response = parse(raw);
            signatureCheck.verify(operation, raw, response.json());
            LOG.debug("UMF {} {} -> HTTP {} ret_code {}", body == null ? "GET" : "POST", path, raw.status(),
                    response.retCode());
            if (tokenAttempt == 0 && isTokenRefusal(response)) {
                AccessToken used = (AccessToken) context.getAttribute(BearerTokenInterceptor.TOKEN_USED);
                LOG.debug("UMF refused the access token for {}; refreshing it once and repeating the call", operation);
                tokens.refreshAfterRejection(used);
                continue;
            }
            return response;
        }
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
        String uri = baseUrl + path;
        for (int tokenAttempt = 0;; tokenAttempt++) {
            HttpClientContext context = HttpClientContext.create();
            HttpPost post = new HttpPost(uri);
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
            UmfResponse response = parse(raw);
            signatureCheck.verify(operation, raw, response.json());
            if (tokenAttempt == 0 && isTokenRefusal(response)) {
                tokens.refreshAfterRejection((AccessToken) context.getAttribute(BearerTokenInterceptor.TOKEN_USED));
                continue;
            }
            return response;
        }
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
        UmfResponse response = parse(raw);
        signatureCheck.verifyTokenAnswer(operation, raw, response.json());
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

    private UmfResponse parse(RawResponse raw) {
        JsonNode json = null;
        if (raw.body().length > 0) {
            try {
                json = mapper.readTree(raw.body());
            } catch (IOException e) {
                json = null;
            }
        }
        JsonNode meta = json == null ? null : json.get("meta");
        // untrusted: a ret_code with a line break in it would forge a log line (UmfApiException.cleanRetCode)
        String retCode = meta == null ? null : UmfApiException.cleanRetCode(text(meta.get("ret_code")));
        String retMsg = meta == null ? null : text(meta.get("ret_msg"));
        return new UmfResponse(raw.status(), json != null && json.isObject() ? json : null, retCode, retMsg);
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
}

package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.sandbox.SandboxBehaviour;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.SandboxFaults;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;
import io.github.camelumf.sandbox.security.FieldDecryptor;
import io.github.camelumf.sandbox.security.RsaOperations;
import io.github.camelumf.sandbox.security.TokenRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Handles every call below {@code /cberest/v1}: faults, routing (404/405), bearer token ({@code 00280703}),
 * request signature on POSTs ({@code 00060710}), JSON body ({@code 00060700}), *enc* field decryption
 * ({@code 00060700}), then the operation. Records each call and logs one DEBUG line (method, path, status,
 * ret_code), never a body.
 */
public final class ApiHandler implements HttpHandler {

    /** The API base path. */
    public static final String API_PREFIX = "/cberest/v1";

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final ApiRoutes routes;
    private final TokenRegistry tokens;
    private final PublicKey merchantPublicKey;
    private final FieldDecryptor decryptor;
    private final SandboxFaults faults;
    private final ResponseWriter writer;
    private final SandboxClock clock;
    private final Consumer<RecordedRequest> recorder;
    private final SandboxBehaviour behaviour;

    public ApiHandler(ApiRoutes routes, TokenRegistry tokens, PublicKey merchantPublicKey, FieldDecryptor decryptor,
                      SandboxFaults faults, ResponseWriter writer, SandboxClock clock,
                      Consumer<RecordedRequest> recorder, SandboxBehaviour behaviour) {
        this.behaviour = behaviour;
        this.routes = routes;
        this.tokens = tokens;
        this.merchantPublicKey = merchantPublicKey;
        this.decryptor = decryptor;
        this.faults = faults;
        this.writer = writer;
        this.clock = clock;
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant received = clock.instant();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String apiPath = apiPath(path);
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String signature = exchange.getRequestHeaders().getFirst("Signature");
        boolean signatureVerified = signature != null && RsaOperations.verify(merchantPublicKey, body, signature);
        Map<String, String> decrypted = new LinkedHashMap<>();
        SandboxFaults.Fault fault = apiPath == null ? null
                : faults.take(method, apiPath, ApiRoutes.TOKEN_PATH.equals(apiPath));
        ApiResponse response = null;
        try {
            if (fault != null && fault.kind() == SandboxFaults.Kind.DELAY) {
                Thread.sleep(fault.delay().toMillis());
            }
            if (fault != null && fault.kind() == SandboxFaults.Kind.HTTP_STATUS) {
                response = ApiResponse.error(fault.retCode(), message(fault.retCode()), fault.httpStatus());
            } else if (fault != null && fault.kind() == SandboxFaults.Kind.RET_CODE) {
                response = ApiResponse.error(fault.retCode(), message(fault.retCode()), fault.httpStatus());
            } else if (fault == null || fault.kind() != SandboxFaults.Kind.DROP_CONNECTION || fault.processFirst()) {
                response = process(exchange, method, apiPath, body, signatureVerified, decrypted);
                if (fault != null && fault.kind() == SandboxFaults.Kind.RESULT_WITH_RET_CODE
                        && RetCode.SUCCESS.code().equals(response.retCode())) {
                    response = ApiResponse.resultWithError(response.body().without("meta"), fault.retCode(),
                            message(fault.retCode()), behaviour.refusalStatus());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response = ApiResponse.error(RetCode.SYSTEM_ERROR.code(), "interrupted", 503);
        } catch (RuntimeException e) {
            LOG.warn("sandbox failure on {} {}: {}", method, apiPath, e.toString());
            response = ApiResponse.error(RetCode.SYSTEM_ERROR.code(), RetCode.SYSTEM_ERROR.message(), 500);
        }
        boolean drop = fault != null && fault.kind() == SandboxFaults.Kind.DROP_CONNECTION;
        int status = drop ? 0 : response.status();
        String retCode = drop ? null : response.retCode();
        recorder.accept(new RecordedRequest(received, method, path, apiPath == null ? path : apiPath,
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body, signatureVerified,
                decrypted, status, retCode, fault == null ? null : fault.describe()));
        if (drop) {
            LOG.debug("{} {} -> connection dropped", method, apiPath);
            exchange.close();
            return;
        }
        LOG.debug("{} {} -> {} {}", method, apiPath, status, retCode);
        if (response.file() != null) {
            writer.sendFile(exchange, response.file());
            return;
        }
        writer.write(exchange, response);
    }

    private ApiResponse process(HttpExchange exchange, String method, String apiPath, byte[] body,
                                boolean signatureVerified, Map<String, String> decrypted) {
        try {
            if (apiPath == null) {
                throw new ApiError("404", "Not found: the API is below " + API_PREFIX, 404);
            }
            ApiRoutes.Match match = routes.match(method, apiPath);
            ApiRoutes.Route route = match.route();
            if (!route.tokenCall()) {
                tokens.check(exchange.getRequestHeaders().getFirst("Authorization"));
            }
            ObjectNode json = null;
            if ("POST".equals(method) && routes.isMultipart(route)) {
                json = MultipartForm.read(exchange.getRequestHeaders().getFirst("Content-Type"), body,
                        exchange.getRequestHeaders().getFirst("Signature"), merchantPublicKey);
            } else if ("POST".equals(method)) {
                if (!route.tokenCall() && !signatureVerified) {
                    throw new ApiError(RetCode.SIGNATURE_INVALID,
                            exchange.getRequestHeaders().containsKey("Signature")
                                    ? "the Signature header does not verify over the body"
                                    : "the Signature header is missing");
                }
                requireJson(exchange.getRequestHeaders().getFirst("Content-Type"));
                json = Json.parseObject(body);
                if (!route.encryptedFields().isEmpty()) {
                    decrypted.putAll(decryptor.decrypt(json, route.encryptedFields()));
                }
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            for (String name : route.encryptedQuery()) {
                decryptor.decryptQuery(query, name, decrypted);
            }
            ApiRoutes.ApiCall call = new ApiRoutes.ApiCall(match.params(), json, decrypted, query);
            if (route.fileAction() != null) {
                return ApiResponse.file(route.fileAction().apply(call));
            }
            ApiResponse answer = ApiResponse.ok(route.action().apply(call));
            return routes.answersInArray(route) ? answer.inArray() : answer;
        } catch (ApiError e) {
            return ApiResponse.error(e, behaviour.refusalStatus());
        } catch (ApiRoutes.MethodNotAllowed e) {
            return ApiResponse.error("405", e.getMessage(), 405).withHeader("Allow", e.allow());
        }
    }

    private static void requireJson(String contentType) {
        if (contentType == null || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(RetCode.DATA_VALIDATION, "Content-Type must be application/json");
        }
    }

    private static String apiPath(String path) {
        if (path.equals(API_PREFIX)) {
            return "/";
        }
        return path.startsWith(API_PREFIX + "/") ? path.substring(API_PREFIX.length()) : null;
    }

    private static String message(String retCode) {
        RetCode known = RetCode.byCode(retCode);
        return known == null ? "sandbox fault" : known.message();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }

}

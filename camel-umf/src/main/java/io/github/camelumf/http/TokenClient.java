package io.github.camelumf.http;

import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.TokenFetcher;

/**
 * Obtains an access token with the client-credentials grant ({@code POST /oauth/authorize}, section 1.5).
 */
final class TokenClient implements TokenFetcher {

    static final String OPERATION = UmfApiException.TOKEN_OPERATION;
    private static final String PATH = "/oauth/authorize";

    private final UmfApiClient api;
    private final String clientId;
    private final String clientSecret;
    private final ObjectMapper mapper;
    private final Clock clock;

    TokenClient(UmfApiClient api, String clientId, String clientSecret, ObjectMapper mapper, Clock clock) {
        this.api = api;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public AccessToken fetch() {
        ObjectNode request = mapper.createObjectNode()
                .put("client_id", clientId)
                .put("client_secret", clientSecret)
                .put("grant_type", "client_credentials");
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(request);
        } catch (Exception e) {
            throw new UmfException("Cannot write the token request", e);
        }
        Instant requestedAt = clock.instant();
        UmfResponse response = call(body);
        JsonNode json = response.json();
        JsonNode token = json == null ? null : json.get("access_token");
        boolean refused = response.retCode() != null && !response.isSuccess();
        if (response.status() != 200 || refused || token == null || token.asText().isBlank()) {
            throw TokenFailures.refused(UmfApiException.of(OPERATION, response.status(), response.retCode(),
                    response.retCode() == null ? "no access_token in the answer" : response.retMsg()));
        }
        JsonNode expiresIn = json.get("expires_in");
        long seconds = expiresIn == null ? 0 : expiresIn.asLong(0);
        if (seconds <= 0) {
            throw new UmfException("UMF's token answer has no usable expires_in");
        }
        return new AccessToken(token.asText(), requestedAt.plusSeconds(seconds));
    }

    private UmfResponse call(byte[] body) {
        try {
            return api.callWithoutToken(OPERATION, PATH, body);
        } catch (UmfSignatureException e) {
            throw TokenFailures.unverifiedAnswer(e);
        }
    }
}

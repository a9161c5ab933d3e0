package com.beepercomposer.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The OAuth calls a desktop app makes to Beeper Desktop, none of them with a bearer token but
 * the userinfo one: discovery ({@code /v1/info} and RFC 8414 metadata), RFC 7591 registration,
 * the RFC 7636 code exchange and RFC 7009 revocation. Errors come back as {@link ApiException}s
 * carrying the OAuth {@code error} as their code and {@code error_description} as their message.
 */
public final class OAuthClient {
    static final String METADATA_PATH = "/.well-known/oauth-authorization-server";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String userAgent;

    public OAuthClient() {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    OAuthClient(HttpClient http) {
        this.http = http;
        this.userAgent = AppIdentity.userAgent();
    }

    /** {@code /v1/info}, then the metadata document; the document's endpoints win, /v1/info's fill gaps. */
    public CompletableFuture<OAuthDiscovery> discover(URI baseUri) {
        return send(get(URI.create(baseUri + "/v1/info"))).thenApply(body -> read(body, Info.class))
                .thenCompose(info -> send(get(URI.create(baseUri + METADATA_PATH)))
                        .thenApply(body -> read(body, OAuthMetadata.class))
                        // A server that lists its endpoints in /v1/info only is still usable.
                        .exceptionally(missing -> null)
                        .thenApply(metadata -> found(info, metadata)));
    }

    private static OAuthDiscovery found(Info i, OAuthMetadata m) {
        OAuthMetadata fromInfo = i.endpoints() == null || i.endpoints().oauth() == null ? null
                : OAuthMetadata.fromInfo(i.endpoints().oauth());
        OAuthMetadata merged = m == null ? fromInfo : m.orElse(fromInfo);
        if (merged == null || merged.authorization_endpoint() == null || merged.token_endpoint() == null) {
            throw ApiException.invalidRequest("This server does not offer sign-in: it lists no OAuth endpoints");
        }
        return new OAuthDiscovery(i, merged);
    }

    /** RFC 7591: a public client (no secret) with one loopback redirect URI; answers its client_id. */
    public CompletableFuture<String> register(URI endpoint, String clientName, String redirectUri) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("client_name", clientName);
        metadata.put("redirect_uris", List.of(redirectUri));
        metadata.put("grant_types", List.of("authorization_code", "refresh_token"));
        metadata.put("response_types", List.of("code"));
        metadata.put("token_endpoint_auth_method", "none");
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(metadata);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        HttpRequest request = base(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        return send(request).thenApply(body -> {
            String clientID = read(body, JsonNode.class).path("client_id").asText("");
            if (clientID.isEmpty()) {
                throw ApiException.invalidRequest("The registration answer has no client_id");
            }
            return clientID;
        });
    }

    /** RFC 6749 4.1.3 with the RFC 7636 verifier; client_id and redirect_uri as registered. */
    public CompletableFuture<OAuthTokens> exchange(URI endpoint, String code, String clientID, String redirectUri,
                                                   String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientID);
        form.put("code_verifier", verifier);
        return send(form(endpoint, form)).thenApply(body -> {
            JsonNode json = read(body, JsonNode.class);
            String access = json.path("access_token").asText("");
            if (access.isEmpty()) {
                throw ApiException.invalidRequest("The token answer has no access_token");
            }
            String refresh = json.path("refresh_token").asText(null);
            if (refresh != null) {
                TokenScrubber.remember(refresh);
            }
            return new OAuthTokens(AccessToken.of(access), refresh, json.path("expires_in").asLong(0),
                    json.path("scope").asText(null));
        });
    }

    /** RFC 7009: the server forgets the token; an unknown one is no error. */
    public CompletableFuture<Void> revoke(URI endpoint, AccessToken token, String clientID) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token.reveal());
        form.put("token_type_hint", "access_token");
        if (clientID != null) {
            form.put("client_id", clientID);
        }
        return send(form(endpoint, form)).thenApply(body -> null);
    }

    /** Who the token belongs to. */
    public CompletableFuture<OAuthUser> userinfo(URI endpoint, AccessToken token) {
        HttpRequest request = base(endpoint).header("Authorization", "Bearer " + token.reveal()).GET().build();
        return send(request).thenApply(body -> read(body, OAuthUser.class));
    }

    private HttpRequest get(URI uri) {
        return base(uri).GET().build();
    }

    private HttpRequest form(URI endpoint, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(encode(k)).append('=')
                .append(encode(v)));
        return base(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }

    private HttpRequest.Builder base(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("User-Agent", userAgent);
    }

    private CompletableFuture<byte[]> send(HttpRequest request) {
        String line = request.method() + " " + request.uri().getRawPath();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw HttpTransport.mapTransportError(ApiRequest.get(request.uri().getRawPath()),
                                Causes.unwrap(error));
                    }
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        return response.body();
                    }
                    throw failure(line, status, response.body());
                });
    }

    private static ApiException failure(String line, int status, byte[] body) {
        JsonNode json = null;
        try {
            json = Json.mapper().readTree(body);
        } catch (IOException | RuntimeException notJson) {
            // described by status alone below
        }
        if (json == null || !json.isObject()) {
            return ApiException.notJson(line, status, new String(body, StandardCharsets.UTF_8), null);
        }
        String code = json.path("error").asText(json.path("code").asText(null));
        String message = json.path("error_description").asText(json.path("message").asText(null));
        return ApiException.http(line, status, code, message, List.of(), null);
    }

    private static <T> T read(byte[] body, Class<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw ApiException.invalidRequest("The answer is not the JSON expected");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The OAuth steps a desktop app takes, one call each, against a running sandbox. */
final class OAuthDriver {
    static final String REDIRECT = "http://127.0.0.1:51789/callback";
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-hardening-test";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final SandboxServer server;

    OAuthDriver(SandboxServer server) {
        this.server = server;
    }

    HttpResponse<String> register(String... redirectURIs) throws IOException, InterruptedException {
        StringBuilder uris = new StringBuilder();
        for (String uri : redirectURIs) {
            uris.append(uris.length() == 0 ? "" : ",").append(Json.mapper().writeValueAsString(uri));
        }
        return registerJson("{\"client_name\":\"t\",\"redirect_uris\":[" + uris + "]}");
    }

    HttpResponse<String> registerJson(String metadata) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + OAuthRoutes.REGISTER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(metadata)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String registerClient() throws IOException, InterruptedException {
        HttpResponse<String> response = register(REDIRECT);
        return json(response, 201).path("client_id").asText();
    }

    HttpResponse<String> authorize(String clientID) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + OAuthRoutes.AUTHORIZE
                + "?response_type=code&client_id=" + enc(clientID) + "&redirect_uri=" + enc(REDIRECT)
                + "&code_challenge=" + OAuthRoutes.s256(VERIFIER) + "&code_challenge_method=S256")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String code(String clientID) throws IOException, InterruptedException {
        HttpResponse<String> redirect = authorize(clientID);
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        return query(URI.create(redirect.headers().firstValue("Location").orElseThrow())).get("code");
    }

    HttpResponse<String> exchange(Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("grant_type", "authorization_code");
        all.putAll(fields);
        return form(OAuthRoutes.TOKEN, all);
    }

    HttpResponse<String> exchange(String clientID, String code) throws IOException, InterruptedException {
        return exchange(Map.of("code", code, "client_id", clientID, "redirect_uri", REDIRECT,
                "code_verifier", VERIFIER));
    }

    HttpResponse<String> refresh(String refreshToken) throws IOException, InterruptedException {
        return form(OAuthRoutes.TOKEN, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    HttpResponse<String> form(String path, Map<String, String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the API takes this bearer token for an ordinary call. */
    int apiStatus(String accessToken) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/accounts"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.mapper().readTree(response.body());
    }

    /** An OAuth error, in both shapes: {@code error}/{@code error_description} and {@code code}/{@code message}. */
    static JsonNode oauthError(HttpResponse<String> response, int status, String error) throws IOException {
        JsonNode json = json(response, status);
        assertThat(json.path("error").asText()).as(response.body()).isEqualTo(error);
        assertThat(json.path("error_description").asText()).isNotBlank();
        assertThat(json.path("code").asText()).isNotBlank();
        assertThat(json.path("message").asText()).isNotBlank();
        return json;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

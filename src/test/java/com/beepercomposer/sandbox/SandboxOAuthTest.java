package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OAuth 2.0 with PKCE, end to end, with a plain HTTP client as a desktop app would do it. */
class SandboxOAuthTest {
    private static final String REDIRECT = "http://127.0.0.1:51789/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-test";

    private static SandboxServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startSandbox() {
        server = SandboxFixture.start(SandboxServer.builder());
    }

    @AfterAll
    static void stopSandbox() {
        server.stop();
    }

    @Test
    void pkceFlowIssuesATokenTheApiAcceptsUntilRevoked() throws Exception {
        JsonNode metadata = json(HTTP.send(get("/.well-known/oauth-authorization-server"),
                HttpResponse.BodyHandlers.ofString()), 200);
        assertThat(metadata.path("code_challenge_methods_supported").toString()).contains("S256");
        String registration = metadata.path("registration_endpoint").asText();
        assertThat(registration).startsWith(server.baseUrl());

        JsonNode client = json(HTTP.send(HttpRequest.newBuilder(URI.create(registration))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"Beeper Composer test\","
                        + "\"redirect_uris\":[\"" + REDIRECT + "\"],\"token_endpoint_auth_method\":\"none\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()), 201);
        String clientID = client.path("client_id").asText();
        assertThat(clientID).isNotBlank();

        String authorize = metadata.path("authorization_endpoint").asText() + "?response_type=code&client_id="
                + enc(clientID) + "&redirect_uri=" + enc(REDIRECT) + "&state=xyz&scope=read%20write"
                + "&code_challenge=" + OAuthRoutes.s256(VERIFIER) + "&code_challenge_method=S256";
        HttpResponse<String> redirect = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(REDIRECT + "?");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("state", "xyz").containsKey("code");

        String tokenEndpoint = metadata.path("token_endpoint").asText();
        HttpResponse<String> wrongVerifier = HTTP.send(form(tokenEndpoint, Map.of("grant_type", "authorization_code",
                "code", query.get("code"), "redirect_uri", REDIRECT, "client_id", clientID, "code_verifier",
                "wrong-verifier-wrong-verifier-wrong-verifier")), HttpResponse.BodyHandlers.ofString());
        assertThat(json(wrongVerifier, 400).path("error").asText()).isEqualTo("invalid_grant");

        // The failed attempt used the code up, as codes are single-use: authorize again.
        query = query(URI.create(HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow()));
        JsonNode tokens = json(HTTP.send(form(tokenEndpoint, Map.of("grant_type", "authorization_code",
                "code", query.get("code"), "redirect_uri", REDIRECT, "client_id", clientID, "code_verifier",
                VERIFIER)), HttpResponse.BodyHandlers.ofString()), 200);
        assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
        String accessToken = tokens.path("access_token").asText();
        assertThat(accessToken).isNotBlank().isNotEqualTo(server.token());

        assertThat(await(client(server, accessToken).accounts())).hasSize(5);

        JsonNode introspection = json(HTTP.send(form(metadata.path("introspection_endpoint").asText(),
                Map.of("token", accessToken, "token_type_hint", "access_token")), HttpResponse.BodyHandlers.ofString()),
                200);
        assertThat(introspection.path("active").asBoolean()).isTrue();
        assertThat(introspection.path("client_id").asText()).isEqualTo(clientID);
        assertThat(introspection.path("scope").asText()).isEqualTo("read write");

        HttpResponse<String> revoked = HTTP.send(form(metadata.path("revocation_endpoint").asText(),
                Map.of("token", accessToken)), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(failure(client(server, accessToken).accounts()).status()).isEqualTo(401);
        assertThat(json(HTTP.send(form(metadata.path("introspection_endpoint").asText(), Map.of("token",
                accessToken)), HttpResponse.BodyHandlers.ofString()), 200).path("active").asBoolean()).isFalse();
    }

    @Test
    void authorizeRefusesUnknownClientsAndMissingPkce() throws Exception {
        HttpResponse<String> unknown = HTTP.send(get(OAuthRoutes.AUTHORIZE + "?response_type=code&client_id=nope"
                + "&redirect_uri=" + enc(REDIRECT)), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build();
    }

    private static HttpRequest form(String url, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=')
                .append(enc(v)));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.mapper().readTree(response.body());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

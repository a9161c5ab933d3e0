package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.OAuthDriver.json;
import static com.beepercomposer.sandbox.OAuthDriver.oauthError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What anyone can create without a token (OAuth clients, codes, tokens) is capped and expires:
 * a flood of registrations leaves at most the cap behind, and time clears the rest.
 */
class SandboxStateBoundsTest {
    private static final int CAPACITY = 20;

    private final TestClock clock = new TestClock();
    private SandboxServer server;
    private OAuthDriver oauth;

    @BeforeEach
    void start() {
        server = SandboxFixture.start(SandboxServer.builder().oauthCapacity(CAPACITY).clock(clock));
        oauth = new OAuthDriver(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aFloodOfRegistrationsKeepsOnlyTheNewest() throws Exception {
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < 5 * CAPACITY; i++) {
            clients.add(oauth.registerClient());
        }
        assertThat(server.oauthState().clients()).isEqualTo(CAPACITY);
        oauthError(oauth.authorize(clients.get(0)), 400, "invalid_client");
        assertThat(oauth.authorize(clients.get(clients.size() - 1)).statusCode()).isEqualTo(302);
    }

    @Test
    void pendingCodesAreCappedOldestFirst() throws Exception {
        String clientID = oauth.registerClient();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3 * CAPACITY; i++) {
            codes.add(oauth.code(clientID));
        }
        assertThat(server.oauthState().pendingCodes()).isEqualTo(CAPACITY);
        oauthError(oauth.exchange(clientID, codes.get(0)), 400, "invalid_grant");
        json(oauth.exchange(clientID, codes.get(codes.size() - 1)), 200);
    }

    @Test
    void issuedTokensAndUsedCodesAreCapped() throws Exception {
        String clientID = oauth.registerClient();
        for (int i = 0; i < 3 * CAPACITY; i++) {
            json(oauth.exchange(clientID, oauth.code(clientID)), 200);
        }
        OAuthRoutes.StateCounts counts = server.oauthState();
        assertThat(counts.usedCodes()).isEqualTo(CAPACITY);
        assertThat(counts.tokens()).isEqualTo(4 * CAPACITY);
        assertThat(oauth.apiStatus(server.token())).as("the static token is not OAuth state").isEqualTo(200);
    }

    @Test
    void everythingExpires() throws Exception {
        String clientID = oauth.registerClient();
        oauth.code(clientID);
        String access = json(oauth.exchange(clientID, oauth.code(clientID)), 200).path("access_token").asText();
        assertThat(server.oauthState()).isEqualTo(new OAuthRoutes.StateCounts(1, 1, 1, 2));

        clock.advance(Duration.ofMinutes(3));
        assertThat(server.oauthState().pendingCodes()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(server.oauthState().usedCodes()).isZero();
        assertThat(server.oauthState().tokens()).as("the refresh token outlives the access token").isEqualTo(1);
        assertThat(oauth.apiStatus(access)).isEqualTo(401);
        clock.advance(Duration.ofDays(1));
        assertThat(server.oauthState().clients()).isZero();
        oauthError(oauth.authorize(clientID), 400, "invalid_client");
        clock.advance(Duration.ofDays(30));
        assertThat(server.oauthState()).isEqualTo(new OAuthRoutes.StateCounts(0, 0, 0, 0));
    }
}

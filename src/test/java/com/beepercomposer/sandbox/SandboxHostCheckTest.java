package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only loopback names reach the sandbox: a page that rebinds its own domain to 127.0.0.1 still
 * sends its own name in Host, and must not register a client, get approved or read messages.
 */
class SandboxHostCheckTest {
    private static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SandboxFixture.start(SandboxServer.builder());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:23373", "127.0.0.1", "127.0.0.1:1", "127.255.3.4:65535",
            "[::1]", "[::1]:23373"})
    void loopbackNamesAreServed(String host) throws Exception {
        RawHttp.Response info = RawHttp.send(server.port(), "GET /v1/info HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n");
        assertThat(info.status()).as(info.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:23373", "localhost.evil.example", "127.0.0.1.nip.io",
            "10.0.0.1", "192.168.1.20:23373", "[::2]", "[::ffff:127.0.0.1]", "0.0.0.0", "127.0.0.1:99999", "2130706433"})
    void otherNamesGetAJsonRefusal(String host) throws Exception {
        RawHttp.Response info = RawHttp.send(server.port(), "GET /v1/info HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n");
        assertThat(info.status()).as(info.toString()).isBetween(400, 499);
        info.assertJsonError(info.status());
    }

    @Test
    void aRebindingPageCannotRegisterGetApprovedOrRead() throws Exception {
        String evil = "Host: attacker.example:" + server.port() + "\r\n";
        String registration = "{\"client_name\":\"page\",\"redirect_uris\":[\"https://attacker.example/cb\"]}";
        RawHttp.send(server.port(), "POST /oauth/register HTTP/1.1\r\n" + evil + "Content-Type: application/json\r\n"
                + "Content-Length: " + registration.length() + "\r\n\r\n" + registration).assertJsonError(403);
        assertThat(server.oauthState().clients()).isZero();

        RawHttp.send(server.port(), "GET /oauth/authorize?response_type=code&client_id=x HTTP/1.1\r\n" + evil
                + "\r\n").assertJsonError(403);
        RawHttp.send(server.port(), "GET /v1/chats/" + SandboxServer.DEFAULT_LOCAL_CHAT_ID + "/messages HTTP/1.1\r\n"
                + evil + "Authorization: Bearer " + server.token() + "\r\n\r\n").assertJsonError(403);
        RawHttp.send(server.port(), "GET /v1/ws HTTP/1.1\r\n" + evil + "Authorization: Bearer " + server.token()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").assertJsonError(403);
        assertThat(server.socketCount()).isZero();
    }

    @Test
    void loopbackHostsParsesOnlyExactForms() {
        assertThat(LoopbackHosts.isLoopbackAuthority("localhost:")).isFalse();
        assertThat(LoopbackHosts.isLoopbackAuthority("[::1")).isFalse();
        assertThat(LoopbackHosts.isLoopbackAuthority("127.0.0.01")).isTrue();
        assertThat(LoopbackHosts.isLoopbackAuthority("127.0.0")).isFalse();
        assertThat(LoopbackHosts.isLoopbackAuthority("127.0.0.1:+80")).isFalse();
        assertThat(LoopbackHosts.isLoopbackHost("[::1]")).isTrue();
        assertThat(LoopbackHosts.isLoopbackHost(null)).isFalse();
    }
}

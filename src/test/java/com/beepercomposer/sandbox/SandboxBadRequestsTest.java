package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests, sent byte for byte over a socket: each gets the API's JSON
 * error ({@code code} and {@code message}) with the right status, and the sandbox still answers
 * a good request right after.
 */
class SandboxBadRequestsTest {
    static final String TOKEN = "bad-requests-token";
    static final long CAP = 64 * 1024;
    private static final String HOST = "Host: 127.0.0.1\r\n";
    private static final String AUTH = "Authorization: Bearer " + TOKEN + "\r\n";
    private static final String CHAT = "/v1/chats/" + SandboxServer.DEFAULT_LOCAL_CHAT_ID;
    private static final String SEND = CHAT + "/messages";
    private static final String UPLOAD = "/v1/assets/upload";
    private static final String BASE64 = "/v1/assets/upload/base64";
    private static final String BOUNDARY = "b0undary";

    private static SandboxServer server;

    /** One bad request: what it is, its bytes, the status it must get, and whether it stops mid-body. */
    record Case(String name, byte[] bytes, int status, boolean halfClose) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        // The default 30 s idle timeout outlasts RawHttp's 10 s read timeout: an answer that
        // waited for a body that never comes (instead of going out at once) fails the test.
        server = SandboxFixture.start(SandboxServer.builder().token(TOKEN).maxUploadBytes(CAP));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithAJsonErrorAndStaysUp(Case bad) throws Exception {
        RawHttp.send(server.port(), bad.bytes(), bad.halfClose()).assertJsonError(bad.status());
        RawHttp.Response good = RawHttp.send(server.port(), "GET /v1/accounts HTTP/1.1\r\n" + HOST + AUTH
                + "Connection: close\r\n\r\n");
        assertThat(good.status()).as(good.toString()).isEqualTo(200);
    }

    @Test
    void coversAtLeastAHundredBadRequests() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(100);
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.addAll(protocol());
        all.addAll(paths());
        all.addAll(hosts());
        all.addAll(auth());
        all.addAll(methods());
        all.addAll(jsonBodies());
        all.addAll(uploads());
        all.addAll(oauth());
        return all.stream();
    }

    private static List<Case> protocol() {
        return List.of(
                raw("garbage request line", 400, "GARBAGE\r\n\r\n"),
                raw("method only", 400, "GET\r\n\r\n"),
                raw("unknown HTTP version", 505, "GET /v1/info HTTP/9.9\r\n" + HOST + "\r\n"),
                raw("not HTTP", 505, "GET /v1/info FOO/1.1\r\n" + HOST + "\r\n"),
                raw("extra token in request line", 400, "GET /v1/info HTTP/1.1 extra\r\n" + HOST + "\r\n"),
                raw("raw NUL in path", 400, "GET /v1/in\0fo HTTP/1.1\r\n" + HOST + "\r\n"),
                raw("control character in path", 400, "GET /v1/\u0001info HTTP/1.1\r\n" + HOST + "\r\n"),
                raw("10 KB chat ID", 414, "GET /v1/chats/" + "a".repeat(10_240) + " HTTP/1.1\r\n" + HOST + AUTH + "\r\n"),
                raw("100 KB path", 414, "GET /" + "x".repeat(100_000) + " HTTP/1.1\r\n" + HOST + "\r\n"),
                raw("10 KB query string", 414, "GET /v1/chats?q=" + "q".repeat(10_240) + " HTTP/1.1\r\n" + HOST + AUTH + "\r\n"),
                raw("header without colon", 400, "GET /v1/info HTTP/1.1\r\n" + HOST + "NoColonHere\r\n\r\n"),
                raw("space in header name", 400, "GET /v1/info HTTP/1.1\r\n" + HOST + "Bad Header: x\r\n\r\n"),
                raw("NUL in header value", 400, "GET /v1/info HTTP/1.1\r\n" + HOST + "X-A: a\0b\r\n\r\n"),
                raw("20 KB header", 431, "GET /v1/info HTTP/1.1\r\n" + HOST + "X-Big: " + "a".repeat(20_000) + "\r\n\r\n"),
                raw("300 headers", 431, "GET /v1/info HTTP/1.1\r\n" + HOST + manyHeaders(300) + "\r\n"),
                raw("obsolete header folding", 400, "GET /v1/info HTTP/1.1\r\n" + HOST + "X-A: a\r\n folded\r\n\r\n"),
                raw("HTTP/1.1 without Host", 400, "GET /v1/info HTTP/1.1\r\n\r\n"),
                raw("HTTP/1.0 without Host", 400, "GET /v1/info HTTP/1.0\r\n\r\n"),
                raw("two Host headers", 400, "GET /v1/info HTTP/1.1\r\n" + HOST + "Host: localhost\r\n\r\n"),
                raw("Content-Length not a number", 400, postHead(SEND, "abc") + "\r\n"),
                raw("negative Content-Length", 400, postHead(SEND, "-5") + "\r\n"),
                raw("Content-Length overflow", 400, postHead(SEND, "99999999999999999999999") + "\r\n"),
                raw("Content-Length with a plus", 400, postHead(SEND, "+5") + "\r\nhello"),
                raw("two different Content-Lengths", 400, "POST " + SEND + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"),
                raw("Content-Length with Transfer-Encoding", 400, "POST " + SEND + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n"),
                raw("unknown Transfer-Encoding", 400, "POST " + SEND + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Transfer-Encoding: gzip\r\n\r\n"),
                raw("bad chunk size", 400, "POST " + SEND + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n"),
                half("body shorter than Content-Length", 400, postHead(SEND, "100")
                        + "Content-Type: application/json\r\n\r\n{\"text\":\"hel"),
                half("chunked body cut off", 400, "POST " + SEND + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"text\":"),
                raw("declared body over the JSON limit", 413, postHead(SEND, "21000000")
                        + "Content-Type: application/json\r\n\r\n{\"text\":\""));
    }

    private static List<Case> paths() {
        return List.of(
                get("bad percent-escape", 400, "/v1/chats/%zz"),
                get("incomplete percent-escape", 400, "/v1/chats/%4"),
                get("trailing percent", 400, "/v1/chats/abc%"),
                get("escaped NUL", 400, "/v1/chats/a%00b"),
                get("dot-dot above the root", 400, "/v1/../../etc/passwd"),
                get("escaped dot-dot", 400, "/v1/%2e%2e/%2e%2e/etc/passwd"),
                get("invalid UTF-8 in chat ID", 404, "/v1/chats/%C3%28"),
                get("overlong UTF-8 slash", 404, "/v1/chats/%C0%AF"),
                get("escaped slash in chat ID", 404, "/v1/chats/a%2Fb"),
                get("4 KB chat ID", 404, "/v1/chats/" + "c".repeat(4096)),
                get("4 KB message ID", 404, SEND + "/" + "m".repeat(4096)),
                get("unknown chat's messages", 404, "/v1/chats/no-such-chat/messages"),
                get("unknown route under /v1", 404, "/v1/nothing-here"),
                get("unknown route", 404, "/nothing-here"),
                get("emoji chat ID", 404, "/v1/chats/%F0%9F%98%80"),
                get("bad cursor", 400, SEND + "?cursor=%25%25%25&direction=before"),
                get("bad direction", 400, SEND + "?direction=sideways"),
                raw("absolute URI naming another host", 400, "GET http://evil.example/v1/info HTTP/1.1\r\n" + HOST
                        + "\r\n"),
                raw("an HTTP/2 preface", 426, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
                raw("an unknown expectation", 417, postHead(SEND, "2") + "Expect: teapot\r\n\r\n{}"));
    }

    private static List<Case> hosts() {
        return List.of(
                hostCase("another name (DNS rebinding)", 403, "evil.example"),
                hostCase("another name with the port", 403, "evil.example:23373"),
                hostCase("localhost as a subdomain", 403, "localhost.evil.example"),
                hostCase("127.0.0.1 as a subdomain", 403, "127.0.0.1.evil.example"),
                hostCase("an outside address", 403, "128.0.0.1"),
                hostCase("the any address", 403, "0.0.0.0"),
                hostCase("another IPv6 address", 403, "[::2]"),
                hostCase("an octet over 255", 403, "127.0.0.256"),
                hostCase("an empty Host", 403, ""),
                hostCase("user info in Host", 400, "user@127.0.0.1"),
                rawRequest("CONNECT to another host", 403, "CONNECT evil.example:443 HTTP/1.1\r\n"
                        + "Host: evil.example:443\r\n\r\n"),
                hostCase("a port that is not a number", 400, "127.0.0.1:abc"),
                rawRequest("WebSocket upgrade from another name", 403, "GET /v1/ws HTTP/1.1\r\nHost: evil.example\r\n"
                        + AUTH + wsHeaders() + "\r\n"));
    }

    private static List<Case> auth() {
        return List.of(
                raw("no token", 401, "GET /v1/accounts HTTP/1.1\r\n" + HOST + "\r\n"),
                raw("basic auth", 401, "GET /v1/accounts HTTP/1.1\r\n" + HOST + "Authorization: Basic dTpw\r\n\r\n"),
                raw("empty bearer", 401, "GET /v1/accounts HTTP/1.1\r\n" + HOST + "Authorization: Bearer \r\n\r\n"),
                raw("wrong token", 401, "GET /v1/accounts HTTP/1.1\r\n" + HOST + "Authorization: Bearer nope\r\n\r\n"),
                raw("4 KB token", 401, "GET /v1/accounts HTTP/1.1\r\n" + HOST + "Authorization: Bearer "
                        + "t".repeat(4096) + "\r\n\r\n"),
                raw("token on a send", 401, postHead(SEND, "2").replace(AUTH, "") + "\r\n{}"),
                raw("WebSocket without a token", 401, "GET /v1/ws HTTP/1.1\r\n" + HOST + wsHeaders() + "\r\n"),
                raw("WebSocket with a wrong token", 401, "GET /v1/ws HTTP/1.1\r\n" + HOST
                        + "Authorization: Bearer nope\r\n" + wsHeaders() + "\r\n"));
    }

    private static List<Case> methods() {
        return List.of(
                method("DELETE on chats", 405, "DELETE", "/v1/chats"),
                method("PUT on a chat", 405, "PUT", CHAT),
                method("DELETE on messages", 405, "DELETE", SEND),
                method("PATCH on a message", 405, "PATCH", SEND + "/m1"),
                method("GET on upload", 405, "GET", UPLOAD),
                method("PUT on base64 upload", 405, "PUT", BASE64),
                method("PATCH on info", 405, "PATCH", "/v1/info"),
                method("POST on accounts", 405, "POST", "/v1/accounts"),
                method("POST on search", 405, "POST", "/v1/chats/search"),
                method("GET on the token endpoint", 405, "GET", "/oauth/token"),
                method("POST on authorize", 405, "POST", "/oauth/authorize"),
                method("TRACE", 405, "TRACE", "/v1/info"),
                method("an invented method", 405, "BREW", "/v1/info"),
                method("POST on the event socket", 405, "POST", "/v1/ws"),
                method("GET on the event socket without an upgrade", 426, "GET", "/v1/ws"),
                raw("a CORS preflight", 405, "OPTIONS " + SEND + " HTTP/1.1\r\n" + HOST
                        + "Origin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n"));
    }

    private static List<Case> jsonBodies() {
        String bigText = "{\"text\":\"" + "x".repeat(21_000_000) + "\"}";
        return List.of(
                json("empty body", 400, SEND, ""),
                json("not JSON", 400, SEND, "hello"),
                json("a JSON array", 400, SEND, "[]"),
                json("JSON null", 400, SEND, "null"),
                json("a JSON string", 400, SEND, "\"hi\""),
                json("JSON cut short", 400, SEND, "{\"text\":"),
                json("text is a number", 400, SEND, "{\"text\":5}"),
                json("text and attachment missing", 400, SEND, "{}"),
                json("unknown attachment", 400, SEND, "{\"attachment\":{\"uploadID\":\"nope\"}}"),
                json("reply to an unknown message", 400, SEND, "{\"text\":\"a\",\"replyToMessageID\":\"nope\"}"),
                json("invalid UTF-8", 400, SEND, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3,
                        (byte) 0x28, '"', '}'}),
                json("nested 5000 deep", 413, SEND, "[".repeat(5000) + "]".repeat(5000)),
                json("a 5000-digit number", 413, SEND, "{\"text\":\"a\",\"n\":" + "9".repeat(5000) + "}"),
                chunked("a 21 M-character text", 413, SEND, bigText),
                raw("100-continue for a body over the limit", 413, postHead(SEND, "9000000")
                        + "Expect: 100-continue\r\n\r\n"),
                raw("PATCH declared over the limit", 413, "PATCH " + CHAT + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Content-Length: 5000000\r\n\r\n"),
                json("PATCH with a JSON array", 400, CHAT, "PATCH", "[1]"),
                json("send to an unknown chat", 404, "/v1/chats/nope/messages", "{\"text\":\"a\"}"));
    }

    private static List<Case> uploads() {
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n";
        String end = "--" + BOUNDARY + "--\r\n";
        String multipart = "multipart/form-data; boundary=" + BOUNDARY;
        return List.of(
                upload("multipart without a boundary", 400, "multipart/form-data", part + end),
                upload("upload as text/plain", 400, "text/plain", "hello"),
                upload("upload without a content type", 400, null, "hello"),
                upload("multipart without a file part", 400, multipart, "--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n" + end),
                upload("multipart that is not multipart", 400, multipart, "just some bytes"),
                upload("multipart part without disposition", 400, multipart, "--" + BOUNDARY + "\r\n\r\nx\r\n" + end),
                upload("10 KB file name", 400, multipart, part.replace("a.txt", "n".repeat(10_240)) + end),
                upload("300-character fileName part", 400, multipart, part + "--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"fileName\"\r\n\r\n" + "n".repeat(300) + "\r\n" + end),
                half("multipart cut off", 400, "POST " + UPLOAD + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Content-Type: " + multipart + "\r\nContent-Length: 5000\r\n\r\n" + part),
                raw("multipart declared over the cap", 413, "POST " + UPLOAD + " HTTP/1.1\r\n" + HOST + AUTH
                        + "Content-Type: " + multipart + "\r\nContent-Length: 629145600\r\n\r\n"),
                chunked("multipart over the cap", 413, UPLOAD, multipart, part.replace("hello",
                        "z".repeat((int) CAP + 10)) + end),
                json("base64 not JSON", 400, BASE64, "hello"),
                json("base64 as an array", 400, BASE64, "[\"aGk=\"]"),
                json("base64 content a number", 400, BASE64, "{\"content\":5}"),
                json("base64 content garbage", 400, BASE64, "{\"content\":\"@@not base64@@\"}"),
                json("base64 without content", 400, BASE64, "{\"fileName\":\"a.txt\"}"),
                json("base64 10 KB file name", 400, BASE64, "{\"content\":\"aGk=\",\"fileName\":\""
                        + "n".repeat(10_240) + "\"}"),
                json("base64 10 KB MIME type", 400, BASE64, "{\"content\":\"aGk=\",\"mimeType\":\""
                        + "m".repeat(10_240) + "\"}"),
                half("base64 cut off", 400, postHead(BASE64, "5000") + "Content-Type: application/json\r\n\r\n"
                        + "{\"content\":\"aGVsbG8gd29ybGQ"),
                raw("base64 declared 600 MB", 413, postHead(BASE64, "629145600")
                        + "Content-Type: application/json\r\n\r\n"),
                chunked("base64 over the cap", 413, BASE64, "{\"content\":\""
                        + "AAAA".repeat((int) CAP / 3 + 100) + "\"}"));
    }

    private static List<Case> oauth() {
        String form = "application/x-www-form-urlencoded";
        return List.of(
                json("register with a non-JSON body", 400, "/oauth/register", "hello"),
                json("register without redirect URIs", 400, "/oauth/register", "{\"client_name\":\"x\"}"),
                json("register a javascript: redirect", 400, "/oauth/register",
                        "{\"redirect_uris\":[\"javascript:alert(1)\"]}"),
                json("register a file: redirect", 400, "/oauth/register", "{\"redirect_uris\":[\"file:///etc/passwd\"]}"),
                json("register an http redirect to another host", 400, "/oauth/register",
                        "{\"redirect_uris\":[\"http://evil.example/cb\"]}"),
                json("register eleven redirects", 400, "/oauth/register", "{\"redirect_uris\":["
                        + String.join(",", java.util.Collections.nCopies(11, "\"https://app.example/cb\"")) + "]}"),
                body("token without grant_type", 400, "/oauth/token", form, "code=x"),
                body("token with an unknown grant", 400, "/oauth/token", form, "grant_type=password"),
                body("token exchange without client_id", 400, "/oauth/token", form,
                        "grant_type=authorization_code&code=x&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb&code_verifier=v"),
                body("token exchange with an unknown code", 400, "/oauth/token", form, "grant_type=authorization_code"
                        + "&code=x&client_id=c&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb&code_verifier=v"),
                body("refresh with an unknown token", 400, "/oauth/token", form, "grant_type=refresh_token&refresh_token=x"),
                body("revoke without a token", 400, "/oauth/revoke", form, ""),
                raw("a token form over the limit", 413, "POST /oauth/token HTTP/1.1\r\n" + HOST
                        + "Content-Type: " + form + "\r\nContent-Length: 5000000\r\n\r\n"),
                get("authorize for an unknown client", 400, "/oauth/authorize?client_id=nope&response_type=code"));
    }

    // --- request builders -------------------------------------------------------------------

    private static Case raw(String name, int status, String request) {
        return new Case(name, request.getBytes(StandardCharsets.ISO_8859_1), status, false);
    }

    private static Case rawRequest(String name, int status, String request) {
        return raw(name, status, request);
    }

    private static Case half(String name, int status, String request) {
        return new Case(name, request.getBytes(StandardCharsets.UTF_8), status, true);
    }

    private static Case get(String name, int status, String target) {
        return raw(name, status, "GET " + target + " HTTP/1.1\r\n" + HOST + AUTH + "\r\n");
    }

    private static Case method(String name, int status, String method, String path) {
        return raw(name, status, method + " " + path + " HTTP/1.1\r\n" + HOST + AUTH + "\r\n");
    }

    private static Case hostCase(String name, int status, String host) {
        return raw("Host: " + name, status, "GET /v1/accounts HTTP/1.1\r\nHost: " + host + "\r\n" + AUTH + "\r\n");
    }

    private static String postHead(String path, String contentLength) {
        return "POST " + path + " HTTP/1.1\r\n" + HOST + AUTH + "Content-Length: " + contentLength + "\r\n";
    }

    private static Case json(String name, int status, String path, String body) {
        return json(name, status, path, "POST", body);
    }

    private static Case json(String name, int status, String path, String method, String body) {
        return withBody(name, status, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Case json(String name, int status, String path, byte[] body) {
        return withBody(name, status, "POST", path, "application/json", body);
    }

    private static Case body(String name, int status, String path, String contentType, String body) {
        return withBody(name, status, "POST", path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Case upload(String name, int status, String contentType, String body) {
        return withBody(name, status, "POST", UPLOAD, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Case withBody(String name, int status, String method, String path, String contentType, byte[] body) {
        String head = method + " " + path + " HTTP/1.1\r\n" + HOST + AUTH
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        return new Case(name, concat(head.getBytes(StandardCharsets.UTF_8), body), status, false);
    }

    private static Case chunked(String name, int status, String path, String body) {
        return chunked(name, status, path, "application/json", body);
    }

    /** No Content-Length, so only counting the bytes as they arrive can stop it. */
    private static Case chunked(String name, int status, String path, String contentType, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = ("POST " + path + " HTTP/1.1\r\n" + HOST + AUTH + "Content-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 65536) {
            int n = Math.min(65536, bytes.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return new Case(name, out.toByteArray(), status, false);
    }

    private static String manyHeaders(int count) {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < count; i++) {
            headers.append("X-Header-").append(i).append(": ").append("v".repeat(40)).append("\r\n");
        }
        return headers.toString();
    }

    private static String wsHeaders() {
        return "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

package com.beepercomposer.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** A plain-http client never makes a TLS context; an https one, and TLS if ever asked, get the JDK's default. */
class LazySslContextTest extends MockServerTestBase {

    @Test
    void aPlainHttpClientAnswersWithoutMakingATlsContext() throws Exception {
        HttpClient http = HttpTransport.newHttpClient(config(0), null);
        server.enqueue(new MockResponse.Builder().code(204).build());

        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(server.url("/v1/info").uri()).build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(204, answer.statusCode());
        LazySslContext context = assertInstanceOf(LazySslContext.class, http.sslContext());
        assertFalse(context.used());
    }

    @Test
    void anHttpsClientHasTheDefaultContext() throws Exception {
        HttpClient http = HttpTransport.newHttpClient(ClientConfig.of("https://beeper.example", null), null);

        assertSame(SSLContext.getDefault(), http.sslContext());
    }

    @Test
    void tlsAskedOfTheLazyContextIsTheDefaultContexts() throws Exception {
        LazySslContext lazy = new LazySslContext();

        SSLEngine engine = lazy.createSSLEngine("beeper.example", 443);

        SSLEngine expected = SSLContext.getDefault().createSSLEngine("beeper.example", 443);
        assertArrayEquals(expected.getEnabledProtocols(), engine.getEnabledProtocols());
        assertArrayEquals(expected.getEnabledCipherSuites(), engine.getEnabledCipherSuites());
        assertTrue(lazy.used());
    }
}

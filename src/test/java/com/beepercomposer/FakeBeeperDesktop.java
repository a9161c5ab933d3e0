package com.beepercomposer;

import java.io.IOException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Beeper Desktop that answers just enough for the app to connect: its info, one account for
 * the right token, no chats; anything else is 404 (401 without the token). For tests that switch
 * the real app to "Beeper Desktop".
 */
public final class FakeBeeperDesktop {
    private FakeBeeperDesktop() {
    }

    public static MockWebServer start(String token) throws IOException {
        MockWebServer desktop = new MockWebServer();
        desktop.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                boolean authorised = ("Bearer " + token).equals(request.getHeaders().get("Authorization"));
                if (path.equals("/v1/info")) {
                    return json(200, "{\"app\":{\"name\":\"Beeper Desktop\",\"version\":\"4.2.1\",\"bundle_id\":\"b\"}}");
                }
                if (!authorised) {
                    return json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"Missing or invalid token\"}");
                }
                if (path.equals("/v1/accounts")) {
                    return json(200, "[{\"accountID\":\"a\",\"user\":{\"id\":\"u\",\"fullName\":\"Me\"},"
                            + "\"bridge\":{\"id\":\"b\"}}]");
                }
                if (path.equals("/v1/chats") || path.equals("/v1/chats/search")) {
                    return json(200, "{\"items\":[],\"hasMore\":false,\"oldestCursor\":null,\"newestCursor\":null}");
                }
                return json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"not here\"}");
            }
        });
        desktop.start();
        return desktop;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}

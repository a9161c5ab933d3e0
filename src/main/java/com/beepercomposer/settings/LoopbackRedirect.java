package com.beepercomposer.settings;

import com.beepercomposer.i18n.Texts;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Where the browser comes back to (RFC 8252 loopback redirect): {@code http://127.0.0.1:<random
 * port>/callback}, listening for one answer. The answer must carry this sign-in's {@code state};
 * anything else ends the sign-in, since it did not come from the authorization we started. The
 * browser is told it can close the tab either way.
 */
final class LoopbackRedirect implements AutoCloseable {
    static final String PATH = "/callback";

    private final HttpServer server;
    private final String state;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    private LoopbackRedirect(HttpServer server, String state) {
        this.server = server;
        this.state = state;
    }

    static LoopbackRedirect open(String state) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        LoopbackRedirect redirect = new LoopbackRedirect(server, state);
        server.createContext(PATH, redirect::answer);
        server.start();
        return redirect;
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The authorization code, or a {@link SignInException} saying why there is none. */
    CompletableFuture<String> code() {
        return code;
    }

    private void answer(HttpExchange exchange) throws IOException {
        // The browser gets its page before the sign-in hears the outcome: hearing it closes this server.
        Runnable outcome = () -> { };
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
                respond(exchange, 404, "Nothing here.");
                return;
            }
            if (code.isDone()) {
                respond(exchange, 200, "This sign-in is already over. You can close this tab.");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI());
            String error = query.get("error");
            String given = query.get("code");
            if (!state.equals(query.get("state"))) {
                outcome = () -> fail(Texts.get("signIn.wrongState"));
                respond(exchange, 400, "This answer does not belong to the sign-in Beeper Composer started."
                        + " You can close this tab.");
            } else if (error != null) {
                outcome = () -> fail("access_denied".equals(error) ? Texts.get("signIn.refused")
                        : Texts.get("signIn.failed", error
                                + (query.containsKey("error_description") ? " (" + query.get("error_description") + ")"
                                        : "")));
                respond(exchange, 200, "Sign-in was not completed. You can close this tab.");
            } else if (given == null || given.isBlank()) {
                outcome = () -> fail(Texts.get("signIn.noCode"));
                respond(exchange, 400, "No authorization code came back. You can close this tab.");
            } else {
                outcome = () -> code.complete(given);
                respond(exchange, 200, "Signed in to Beeper Composer. You can close this tab.");
            }
        } finally {
            outcome.run();
        }
    }

    private void fail(String why) {
        code.completeExceptionally(new SignInException(why));
    }

    private static void respond(HttpExchange exchange, int status, String message) throws IOException {
        byte[] page = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Beeper Composer</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><p>" + message + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    /** Stops listening; a sign-in still waiting ends as cancelled. */
    @Override
    public void close() {
        code.completeExceptionally(new SignInException(Texts.get("signIn.cancelled")));
        server.stop(0);
    }
}

package com.beepercomposer.sandbox;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Discovery ({@code GET /v1/info}) and the account list. */
final class InfoRoutes {
    static final String APP_NAME = "Beeper Desktop (sandbox)";
    static final String BUNDLE_ID = "com.beepercomposer.sandbox";
    static final String SPEC = "/v1/spec";
    /** The routes the sandbox serves, for its minimal description at {@link #SPEC}. */
    static final Map<String, List<String>> SERVED = new TreeMap<>(Map.ofEntries(
            Map.entry("/v1/info", List.of("get")), Map.entry("/v1/accounts", List.of("get")),
            Map.entry("/v1/chats", List.of("get")), Map.entry("/v1/chats/search", List.of("get")),
            Map.entry("/v1/chats/{chatID}", List.of("get", "patch")),
            Map.entry("/v1/chats/{chatID}/messages", List.of("get", "post")),
            Map.entry("/v1/chats/{chatID}/messages/{messageID}", List.of("get", "put", "delete")),
            Map.entry("/v1/assets/upload", List.of("post")), Map.entry("/v1/assets/upload/base64", List.of("post")),
            Map.entry("/v1/focus", List.of("post")), Map.entry("/v1/ws", List.of("get")),
            Map.entry(SPEC, List.of("get"))));

    private final SandboxWorld world;
    private final Supplier<String> baseUrl;
    private final Supplier<Integer> port;
    private final String version;

    InfoRoutes(SandboxWorld world, Supplier<String> baseUrl, Supplier<Integer> port, String version) {
        this.world = world;
        this.baseUrl = baseUrl;
        this.port = port;
        this.version = version;
    }

    void register(Javalin app) {
        app.get("/v1/info", ctx -> ctx.json(info()));
        app.get("/v1/accounts", ctx -> ctx.json(world.accounts()));
        app.get(SPEC, ctx -> ctx.json(spec()));
    }

    WireInfo info() {
        String base = baseUrl.get();
        return new WireInfo(new WireInfo.App(BUNDLE_ID, APP_NAME, version),
                // The SDK requires an mcp URL; server.mcp_enabled=false says nothing serves it.
                new WireInfo.Endpoints(base + "/v0/mcp", new WireInfo.OAuth(base + OAuthRoutes.AUTHORIZE,
                        base + OAuthRoutes.INTROSPECT, base + OAuthRoutes.REGISTER, base + OAuthRoutes.REVOKE,
                        base + OAuthRoutes.TOKEN, base + OAuthRoutes.USERINFO),
                        base + SPEC, "ws" + base.substring(4) + "/v1/ws"),
                new WireInfo.Platform(System.getProperty("os.arch"), os(), System.getProperty("os.version")),
                new WireInfo.Server(base, "127.0.0.1", false, port.get(), false, "running"));
    }

    /** An OpenAPI outline of what is served, so the {@code spec} URL of /v1/info leads somewhere real. */
    private Map<String, Object> spec() {
        Map<String, Object> paths = new LinkedHashMap<>();
        SERVED.forEach((path, methods) -> {
            Map<String, Object> ops = new LinkedHashMap<>();
            methods.forEach(m -> ops.put(m, Map.of("responses", Map.of("200", Map.of("description", "OK")))));
            paths.put(path, ops);
        });
        return Map.of("openapi", "3.1.0", "info", Map.of("title", APP_NAME, "version", version), "paths", paths);
    }

    /** Node-style platform names, as Beeper Desktop (an Electron app) reports them. */
    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return "win32";
        }
        if (name.contains("mac")) {
            return "darwin";
        }
        return name.contains("linux") ? "linux" : name;
    }
}

package com.beepercomposer.sandbox;

import io.javalin.Javalin;
import java.util.Locale;
import java.util.function.Supplier;

/** Discovery ({@code GET /v1/info}) and the account list. */
final class InfoRoutes {
    static final String APP_NAME = "Beeper Desktop (sandbox)";
    static final String BUNDLE_ID = "com.beepercomposer.sandbox";

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
    }

    WireInfo info() {
        String base = baseUrl.get();
        return new WireInfo(new WireInfo.App(BUNDLE_ID, APP_NAME, version),
                new WireInfo.Endpoints(base + "/v0/mcp", new WireInfo.OAuth(base + OAuthRoutes.AUTHORIZE,
                        base + OAuthRoutes.INTROSPECT, base + OAuthRoutes.REGISTER, base + OAuthRoutes.REVOKE,
                        base + OAuthRoutes.TOKEN, base + OAuthRoutes.USERINFO),
                        base + "/v1/spec", "ws" + base.substring(4) + "/v1/ws"),
                new WireInfo.Platform(System.getProperty("os.arch"), os(), System.getProperty("os.version")),
                new WireInfo.Server(base, "127.0.0.1", false, port.get(), false, "running"));
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

package com.beepercomposer.sandbox;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where OAuth may send a browser back to, and how the result rides along. */
final class OAuthRedirects {
    static final int MAX_URI_LENGTH = 2048;

    private OAuthRedirects() {
    }

    /**
     * https anywhere, or plain http only back to this machine (RFC 8252 loopback redirects); no
     * fragment and no user info. Anything else ({@code javascript:}, {@code file:}, {@code data:},
     * http to another host) could run script or leak the code.
     */
    static boolean valid(String uri) {
        if (uri == null || uri.length() > MAX_URI_LENGTH) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean schemeOk = scheme.equals("https")
                    || scheme.equals("http") && LoopbackHosts.isLoopbackHost(parsed.getHost());
            return schemeOk && parsed.getHost() != null && !parsed.getHost().isEmpty()
                    && parsed.getRawUserInfo() == null && parsed.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Sends the browser back to the client with the result as query parameters. */
    static void send(Context ctx, String redirect, Map<String, String> params, String state) {
        StringBuilder location = new StringBuilder(redirect).append(redirect.contains("?") ? '&' : '?');
        Map<String, String> all = new LinkedHashMap<>(params);
        if (state != null) {
            all.put("state", state);
        }
        all.forEach((k, v) -> location.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
        location.setLength(location.length() - 1);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(location.toString(), io.javalin.http.HttpStatus.FOUND);
    }
}

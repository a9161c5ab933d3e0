package com.beepercomposer.history;

import com.beepercomposer.i18n.Texts;
import java.net.URI;

/**
 * Where a send went: the built-in sandbox or Beeper Desktop at a base URL, and the account
 * (the user as the server names them) when it was known. Rows written before connections were
 * recorded are {@link Kind#UNKNOWN}: they belong to no server, so nothing follows or retries
 * them there.
 *
 * @param baseUrl the server's base URL without a trailing slash; null for {@link Kind#UNKNOWN}
 * @param account who the server said we are, or null when it was not known at send time
 */
public record ConnectionRef(Kind kind, String baseUrl, String account) {
    public static final ConnectionRef UNKNOWN = new ConnectionRef(Kind.UNKNOWN, null, null);
    /** Beeper Desktop's own port: the table leaves it out. */
    static final int DESKTOP_PORT = 23373;

    public enum Kind { SANDBOX, DESKTOP, UNKNOWN }

    public ConnectionRef {
        kind = kind == null ? Kind.UNKNOWN : kind;
        baseUrl = kind == Kind.UNKNOWN || baseUrl == null ? null : normalise(baseUrl);
        account = account == null || account.isBlank() ? null : account;
    }

    /** The connection of a server at {@code baseUri}: the built-in sandbox or Beeper Desktop. */
    public static ConnectionRef of(boolean sandbox, URI baseUri) {
        return sandbox ? sandbox(baseUri) : desktop(baseUri);
    }

    public static ConnectionRef sandbox(URI baseUri) {
        return new ConnectionRef(Kind.SANDBOX, baseUri.toString(), null);
    }

    public static ConnectionRef desktop(URI baseUri) {
        return new ConnectionRef(Kind.DESKTOP, baseUri.toString(), null);
    }

    public ConnectionRef withAccount(String newAccount) {
        return new ConnectionRef(kind, baseUrl, newAccount);
    }

    /**
     * Whether a row sent through {@code other} can be looked up, retried or followed here: the
     * same kind of server at the same base URL. A sandbox on another port is another sandbox,
     * with its own messages; an unknown connection matches nothing.
     */
    public boolean sameServer(ConnectionRef other) {
        return other != null && kind != Kind.UNKNOWN && kind == other.kind && baseUrl.equals(other.baseUrl);
    }

    /**
     * Whether the history shows rows of {@code other} as this connection's: the same server, or
     * any sandbox when this is one (the sandbox is one place to the person, whatever its port).
     */
    public boolean sameGroup(ConnectionRef other) {
        return other != null && (kind == Kind.SANDBOX ? other.kind == Kind.SANDBOX : sameServer(other));
    }

    /** A short name for the table: "Sandbox", the host (with its port unless Beeper Desktop's own), or "Unknown". */
    public String label() {
        return switch (kind) {
            case SANDBOX -> "Sandbox";
            case DESKTOP -> {
                URI uri = URI.create(baseUrl);
                yield uri.getPort() == -1 || uri.getPort() == DESKTOP_PORT ? uri.getHost() : uri.getAuthority();
            }
            case UNKNOWN -> Texts.get("connectionRef.unknown");
        };
    }

    /** The long form for tooltips and details. */
    public String describe() {
        return switch (kind) {
            case SANDBOX -> account == null ? Texts.get("connectionRef.sandbox", baseUrl)
                    : Texts.get("connectionRef.sandboxAs", baseUrl, account);
            case DESKTOP -> account == null ? Texts.get("connectionRef.desktop", baseUrl)
                    : Texts.get("connectionRef.desktopAs", baseUrl, account);
            case UNKNOWN -> Texts.get("connectionRef.unknownLong");
        };
    }

    private static String normalise(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}

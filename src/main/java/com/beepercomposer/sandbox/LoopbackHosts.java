package com.beepercomposer.sandbox;

import java.util.Locale;

/**
 * Which names mean "this machine": {@code localhost}, {@code 127.x.y.z} and {@code [::1]}. A page
 * that reaches the sandbox through DNS rebinding sends its own name in {@code Host}, so a local
 * API answers only these.
 */
final class LoopbackHosts {
    private LoopbackHosts() {
    }

    /** A {@code Host} header value: a loopback name with an optional numeric port. */
    static boolean isLoopbackAuthority(String authority) {
        if (authority == null || authority.isEmpty()) {
            return false;
        }
        String host = authority;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0 || !validPort(authority.substring(close + 1))) {
                return false;
            }
            host = authority.substring(0, close + 1);
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0) {
                if (!validPort(authority.substring(colon))) {
                    return false;
                }
                host = authority.substring(0, colon);
            }
        }
        return isLoopbackHost(host);
    }

    /** A host name as {@link java.net.URI#getHost()} gives it (IPv6 in brackets). */
    static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || isLoopbackIPv4(h);
    }

    private static boolean isLoopbackIPv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Empty, or a colon and 1-5 digits up to 65535. */
    private static boolean validPort(String suffix) {
        if (suffix.isEmpty()) {
            return true;
        }
        String digits = suffix.substring(1);
        return suffix.charAt(0) == ':' && !digits.isEmpty() && digits.length() <= 5
                && digits.chars().allMatch(c -> c >= '0' && c <= '9') && Integer.parseInt(digits) <= 65535;
    }
}

package com.beepercomposer.sandbox;

/** {@code GET /v1/info} as the SDK's {@code InfoRetrieveResponse} declares it (snake_case on the wire). */
public record WireInfo(App app, Endpoints endpoints, Platform platform, Server server) {

    public record App(String bundle_id, String name, String version) {
    }

    public record Endpoints(String mcp, OAuth oauth, String spec, String ws_events) {
    }

    public record OAuth(String authorization_endpoint, String introspection_endpoint, String registration_endpoint,
                        String revocation_endpoint, String token_endpoint, String userinfo_endpoint) {
    }

    public record Platform(String arch, String os, String release) {
    }

    public record Server(String base_url, String hostname, boolean mcp_enabled, int port, boolean remote_access,
                         String status) {
    }
}

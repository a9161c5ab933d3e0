package com.beepercomposer.api;

/** {@code GET /v1/info}: what is serving the API, needs no token. */
public record Info(App app, Platform platform, Server server, Endpoints endpoints) {

    public record App(String name, String version, String bundle_id) {
    }

    public record Platform(String os, String arch, String release) {
    }

    public record Server(String base_url, String hostname, Integer port, String status,
                         Boolean remote_access, Boolean mcp_enabled) {
    }

    public record Endpoints(String spec, String ws_events, String mcp, OAuth oauth) {
    }

    public record OAuth(String authorization_endpoint, String token_endpoint, String registration_endpoint,
                        String revocation_endpoint, String introspection_endpoint, String userinfo_endpoint) {
    }
}

package com.beepercomposer.sandbox;

/** One account of {@code GET /v1/accounts}, as the SDK's {@code Account} declares it. */
public record WireAccount(String accountID, String network, WireUser user, Bridge bridge) {

    /** {@code provider} is one of cloud, self-hosted, local, platform-sdk. */
    public record Bridge(String id, String provider, String type) {
    }
}

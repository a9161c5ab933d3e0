package com.beepercomposer.api;

/** One connected messaging account ({@code GET /v1/accounts}). */
public record Account(String accountID, String network, User user, Bridge bridge) {

    public record Bridge(String id, String provider, String type) {
    }
}

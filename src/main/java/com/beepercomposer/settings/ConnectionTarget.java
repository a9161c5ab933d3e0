package com.beepercomposer.settings;

import com.beepercomposer.api.ClientConfig;

/**
 * Where the app sends. The sandbox and Beeper Desktop are the same to everything past start-up:
 * a client configuration; {@code sandbox} only drives the badge.
 */
public record ConnectionTarget(ClientConfig config, boolean sandbox) {
}

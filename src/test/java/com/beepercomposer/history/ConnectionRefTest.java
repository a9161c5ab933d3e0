package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ConnectionRefTest {
    private static final ConnectionRef DESKTOP = ConnectionRef.desktop(URI.create("http://localhost:23373/"));
    private static final ConnectionRef SANDBOX = ConnectionRef.sandbox(URI.create("http://127.0.0.1:4000"));

    @Test
    void theSameServerIsTheSameKindAtTheSameBaseUrl() {
        assertThat(DESKTOP.sameServer(ConnectionRef.desktop(URI.create("http://localhost:23373")))).isTrue();
        assertThat(DESKTOP.sameServer(DESKTOP.withAccount("Ada"))).isTrue();
        assertThat(DESKTOP.sameServer(ConnectionRef.desktop(URI.create("http://localhost:23374")))).isFalse();
        assertThat(DESKTOP.sameServer(ConnectionRef.sandbox(URI.create("http://localhost:23373")))).isFalse();
        assertThat(SANDBOX.sameServer(ConnectionRef.sandbox(URI.create("http://127.0.0.1:4001")))).isFalse();
        assertThat(ConnectionRef.UNKNOWN.sameServer(ConnectionRef.UNKNOWN)).isFalse();
    }

    @Test
    void everySandboxIsOneGroupToThePerson() {
        assertThat(SANDBOX.sameGroup(ConnectionRef.sandbox(URI.create("http://127.0.0.1:4001")))).isTrue();
        assertThat(SANDBOX.sameGroup(DESKTOP)).isFalse();
        assertThat(DESKTOP.sameGroup(ConnectionRef.UNKNOWN)).isFalse();
    }

    @Test
    void labelsAreShortAndDescriptionsSayEverything() {
        assertThat(SANDBOX.label()).isEqualTo("Sandbox");
        assertThat(DESKTOP.label()).isEqualTo("localhost");
        assertThat(ConnectionRef.desktop(URI.create("https://192.168.1.20:8443")).label()).isEqualTo("192.168.1.20:8443");
        assertThat(ConnectionRef.UNKNOWN.label()).isEqualTo("Unknown");
        assertThat(DESKTOP.withAccount("Ada").describe()).isEqualTo("Beeper Desktop at http://localhost:23373 as Ada");
        assertThat(SANDBOX.describe()).contains("sandbox").contains("nothing is delivered");
    }
}

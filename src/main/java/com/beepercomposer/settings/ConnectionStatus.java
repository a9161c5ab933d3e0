package com.beepercomposer.settings;

/** The outcome of checking a connection: is the server there, and does it take our token? */
public record ConnectionStatus(State state, String appName, String appVersion, int accounts, String detail) {

    public enum State { CONNECTED, UNAUTHORIZED, NO_TOKEN, UNREACHABLE, ERROR }

    public static ConnectionStatus failed(State state, String detail) {
        return new ConnectionStatus(state, null, null, 0, detail);
    }
}

package com.beepercomposer.api;

/** What a server says about itself before anyone signs in: {@code /v1/info} and its OAuth metadata. */
public record OAuthDiscovery(Info info, OAuthMetadata metadata) {

    /** "Beeper Desktop 4.1.2", or the app name alone when it gives no version. */
    public String serverName() {
        if (info == null || info.app() == null) {
            return "Beeper Desktop";
        }
        return info.app().name() + (info.app().version() == null ? "" : " " + info.app().version());
    }
}

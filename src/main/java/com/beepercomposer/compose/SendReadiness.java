package com.beepercomposer.compose;

/** Whether a draft can be sent now and, if not, the reason to show beside the Send button. */
public record SendReadiness(boolean sendable, String reason) {
    public static final SendReadiness READY = new SendReadiness(true, null);

    public static SendReadiness blocked(String reason) {
        return new SendReadiness(false, reason);
    }
}

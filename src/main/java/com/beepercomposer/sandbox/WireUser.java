package com.beepercomposer.sandbox;

/**
 * A user as the SDK's {@code shared.User} declares it; as a chat participant it also carries the
 * membership flags of {@code Chat.Participants.Item}.
 */
public record WireUser(String id, Boolean cannotMessage, String email, String fullName, String imgURL,
                       Boolean isSelf, String phoneNumber, String username, Boolean isAdmin, Boolean isNetworkBot,
                       Boolean isPending) {

    static WireUser person(String id, String fullName, String phoneNumber, boolean self) {
        return new WireUser(id, null, null, fullName, null, self, phoneNumber, null, null, null, null);
    }

    boolean self() {
        return Boolean.TRUE.equals(isSelf);
    }
}

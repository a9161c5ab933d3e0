package com.beepercomposer.api;

/** A person on some network; also the shape of a chat participant (with membership flags). */
public record User(String id, String fullName, String username, String phoneNumber, String email,
                   String imgURL, Boolean isSelf, Boolean cannotMessage,
                   Boolean isAdmin, Boolean isNetworkBot, Boolean isPending) {
}

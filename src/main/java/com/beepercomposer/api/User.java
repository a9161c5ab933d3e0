package com.beepercomposer.api;

/** A person on some network; also the shape of a chat participant (with membership flags). */
public record User(String id, String fullName, String username, String phoneNumber, String email,
                   String imgURL, Boolean isSelf, Boolean cannotMessage,
                   Boolean isAdmin, Boolean isNetworkBot, Boolean isPending) {

    /** The best name to show: full name, then username, then phone, then the raw ID. */
    public String displayName() {
        for (String candidate : new String[] {fullName, username, phoneNumber, id}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}

package com.beepercomposer.api;

/** The OpenID-style userinfo answer: who the token belongs to. */
public record OAuthUser(String sub, String name, String email) {

    /** What to show for the person: name, else email, else the subject. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null && !email.isBlank() ? email : sub;
    }
}

package com.beepercomposer.api;

/**
 * RFC 8414 authorization server metadata: where a public client registers, sends the person to
 * approve, exchanges the code, revokes its token and asks who signed in.
 */
public record OAuthMetadata(String issuer, String authorization_endpoint, String token_endpoint,
                            String registration_endpoint, String revocation_endpoint, String userinfo_endpoint,
                            java.util.List<String> code_challenge_methods_supported) {

    /** The endpoints {@code GET /v1/info} lists, for a server whose metadata document is missing. */
    public static OAuthMetadata fromInfo(Info.OAuth oauth) {
        return new OAuthMetadata(null, oauth.authorization_endpoint(), oauth.token_endpoint(),
                oauth.registration_endpoint(), oauth.revocation_endpoint(), oauth.userinfo_endpoint(), null);
    }

    /** Fills what this document leaves out from another (the metadata document wins over /v1/info). */
    public OAuthMetadata orElse(OAuthMetadata other) {
        if (other == null) {
            return this;
        }
        return new OAuthMetadata(issuer != null ? issuer : other.issuer,
                pick(authorization_endpoint, other.authorization_endpoint), pick(token_endpoint, other.token_endpoint),
                pick(registration_endpoint, other.registration_endpoint),
                pick(revocation_endpoint, other.revocation_endpoint), pick(userinfo_endpoint, other.userinfo_endpoint),
                code_challenge_methods_supported != null ? code_challenge_methods_supported
                        : other.code_challenge_methods_supported);
    }

    private static String pick(String mine, String theirs) {
        return mine != null && !mine.isBlank() ? mine : theirs;
    }
}

package com.beepercomposer.api;

/**
 * A request as it would go on the wire, for showing before it is made: method, target (the
 * path and query under the base URL) and body. Carries no header, so never the token.
 *
 * @param body the body as UTF-8 text; empty when the request has none
 */
public record RequestDescription(String method, String target, String contentType, String body) {

    /** "POST /v1/chats/…/messages". */
    public String line() {
        return method + " " + target;
    }
}

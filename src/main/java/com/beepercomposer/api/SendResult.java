package com.beepercomposer.api;

/**
 * The answer to a send. {@code chatID} is where the send was routed (a merged chat can route
 * to a member chat): resolve the pending ID against it, not against the chat that was typed.
 */
public record SendResult(String chatID, String pendingMessageID) {
}

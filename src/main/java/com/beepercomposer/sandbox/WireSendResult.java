package com.beepercomposer.sandbox;

/** {@code POST /v1/chats/{chatID}/messages}: the chat the send was routed to and its pending ID. */
public record WireSendResult(String chatID, String pendingMessageID) {
}

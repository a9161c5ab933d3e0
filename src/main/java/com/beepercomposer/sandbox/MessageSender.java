package com.beepercomposer.sandbox;

import com.beepercomposer.api.Account;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.MediaSize;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.MessageAttachment;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.api.SendStatus;
import com.beepercomposer.api.User;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A send's life as Beeper Desktop shows it: answered at once with a pending ID, visible in the
 * chat as PENDING, then after a delay either confirmed under a new final ID or failed with a
 * reason. Each step is announced on the event socket.
 */
final class MessageSender {
    static final String UPSERTED = "message.upserted";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxWorld world;
    private final SendValidator validator;
    private final EventHub events;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private volatile Duration confirmDelay;

    MessageSender(SandboxWorld world, SendValidator validator, EventHub events, ScheduledExecutorService scheduler,
                  Clock clock, Duration confirmDelay) {
        this.world = world;
        this.validator = validator;
        this.events = events;
        this.scheduler = scheduler;
        this.clock = clock;
        this.confirmDelay = confirmDelay;
    }

    void confirmDelay(Duration delay) {
        this.confirmDelay = delay;
    }

    Duration confirmDelay() {
        return confirmDelay;
    }

    SendResult send(String chatRef, JsonNode body) {
        String chatID = world.requireChatID(chatRef);
        Chat chat = world.chat(chatID);
        SendValidator.ValidSend send = validator.validate(chat, body);
        String pendingID = "pending-" + HexFormat.of().formatHex(randomBytes());
        Instant now = clock.instant();
        Message pending = message(chat, pendingID, now, world.nextSortKey(now), send,
                new SendStatus(SendStatus.PENDING, now.toString(), null, null, null, null));
        world.append(chatID, pending);
        events.publish(UPSERTED, chatID, List.of(pendingID), List.of(pending));
        scheduler.schedule(() -> settle(chat, pending, send), confirmDelay.toMillis(), TimeUnit.MILLISECONDS);
        return new SendResult(chatID, pendingID);
    }

    private void settle(Chat chat, Message pending, SendValidator.ValidSend send) {
        SendFailure failure = world.sendFailure(chat.id());
        Instant now = clock.instant();
        Message settled;
        if (failure != null) {
            // A failed send never reaches the network, so it keeps its pending ID.
            settled = message(chat, pending.id(), Instant.parse(pending.timestamp()), pending.sortKey(), send,
                    new SendStatus(failure.status(), now.toString(), failure.message(), failure.reason(), null,
                            null));
        } else {
            List<String> others = chat.participants().items().stream()
                    .filter(u -> !Boolean.TRUE.equals(u.isSelf())).map(User::id).toList();
            settled = message(chat, world.nextMessageID(), Instant.parse(pending.timestamp()), pending.sortKey(),
                    send, new SendStatus(SendStatus.SUCCESS, now.toString(), null, null, others, null));
        }
        world.settle(chat.id(), pending.id(), settled);
        events.publish(UPSERTED, chat.id(), List.of(settled.id()), List.of(settled));
    }

    private Message message(Chat chat, String id, Instant at, String sortKey, SendValidator.ValidSend send,
                            SendStatus status) {
        User self = self(chat);
        List<MessageAttachment> attachments = send.attachment() == null ? List.of()
                : List.of(attachment(send.attachment()));
        String type = send.attachment() == null ? "TEXT" : messageType(send.attachment().kind());
        return new Message(id, chat.id(), chat.accountID(), self.id(), self.fullName(), sortKey, at.toString(),
                MarkdownHtml.toHtml(send.text()), type, true, send.replyToMessageID(), attachments, status, null,
                null);
    }

    private static MessageAttachment attachment(SendValidator.Attachment a) {
        String kind = a.kind();
        String type = switch (kind) {
            case "image", "gif", "sticker" -> "img";
            case "video" -> "video";
            case "audio", "voice-note" -> "audio";
            default -> "unknown";
        };
        MediaSize size = a.width() == null && a.height() == null ? null : new MediaSize(a.width(), a.height());
        return new MessageAttachment(type, "mxc://local.beeper.com/" + a.upload().uploadID(), a.fileName(),
                a.upload().fileSize(), a.mimeType(), a.duration(), size, kind.equals("gif"), kind.equals("sticker"),
                kind.equals("voice-note"), a.upload().srcURL(), null);
    }

    static String messageType(String kind) {
        return switch (kind) {
            case "image", "gif" -> "IMAGE";
            case "video" -> "VIDEO";
            case "audio" -> "AUDIO";
            case "voice-note" -> "VOICE";
            case "sticker" -> "STICKER";
            default -> "FILE";
        };
    }

    private User self(Chat chat) {
        return chat.participants().items().stream().filter(u -> Boolean.TRUE.equals(u.isSelf())).findFirst()
                .orElseGet(() -> world.accounts().stream().filter(a -> a.accountID().equals(chat.accountID()))
                        .map(Account::user).findFirst().orElseThrow());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

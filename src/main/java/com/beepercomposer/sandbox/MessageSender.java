package com.beepercomposer.sandbox;

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
 * chat as PENDING, then after a delay either confirmed (as the {@link ConfirmStyle} says) or
 * failed with a reason. Each step is announced on the event socket.
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
    private volatile ConfirmStyle confirmStyle;
    private final boolean strictCapabilities;

    MessageSender(SandboxWorld world, SendValidator validator, EventHub events, ScheduledExecutorService scheduler,
                  Clock clock, Duration confirmDelay, ConfirmStyle confirmStyle, boolean strictCapabilities) {
        this.world = world;
        this.validator = validator;
        this.events = events;
        this.scheduler = scheduler;
        this.clock = clock;
        this.confirmDelay = confirmDelay;
        this.confirmStyle = confirmStyle;
        this.strictCapabilities = strictCapabilities;
    }

    void confirmDelay(Duration delay) {
        this.confirmDelay = delay;
    }

    void confirmStyle(ConfirmStyle style) {
        this.confirmStyle = style;
    }

    WireSendResult send(String chatRef, JsonNode body) {
        String chatID = world.requireChatID(chatRef);
        WireChat chat = world.chat(chatID);
        SendValidator.ValidSend send = validator.validate(chat, body, strictCapabilities);
        String pendingID = "pending-" + HexFormat.of().formatHex(randomBytes());
        Instant now = clock.instant();
        ConfirmStyle style = confirmStyle;
        WireMessage.SendStatus status = style == ConfirmStyle.NO_STATUS ? null
                : WireMessage.SendStatus.of(WireMessage.PENDING, now.toString());
        WireMessage pending = world.append(chatID, now,
                sortKey -> message(chat, pendingID, now, sortKey, send, status));
        events.publish(UPSERTED, chatID, List.of(pendingID), List.of(pending));
        SendFailure failure = send.refusal() == null ? null
                : SendFailure.permanent("unsupported", send.refusal());
        scheduler.schedule(() -> settle(chat, pending, style, failure), confirmDelay.toMillis(),
                TimeUnit.MILLISECONDS);
        return new WireSendResult(chatID, pendingID);
    }

    /** @param refused set when the chat's capabilities rule the send out (a lenient sandbox fails it late) */
    private void settle(WireChat chat, WireMessage pending, ConfirmStyle style, SendFailure refused) {
        SendFailure failure = refused != null ? refused : world.sendFailure(chat.id());
        String now = clock.instant().toString();
        WireMessage settled;
        if (failure != null) {
            // A failed send never reaches the network, so it keeps its pending ID; failures are
            // always reported, whatever the style, or a client could never tell.
            settled = pending.withSendStatus(new WireMessage.SendStatus(failure.status(), now, null, null,
                    failure.message(), failure.reason()));
        } else {
            List<String> others = chat.participants().items().stream().filter(u -> !u.self())
                    .map(WireUser::id).toList();
            WireMessage.SendStatus success = new WireMessage.SendStatus(WireMessage.SUCCESS, now, others, null,
                    null, null);
            settled = switch (style) {
                case SWAP_ID -> pending.withID(world.nextMessageID()).withSendStatus(success);
                case KEEP_ID -> pending.withSendStatus(success);
                case NO_STATUS -> pending.withID(world.nextMessageID()).withSendStatus(null);
            };
        }
        world.settle(chat.id(), pending.id(), settled);
        events.publish(UPSERTED, chat.id(), List.of(settled.id()), List.of(settled));
    }

    private WireMessage message(WireChat chat, String id, Instant at, String sortKey, SendValidator.ValidSend send,
                                WireMessage.SendStatus status) {
        WireUser self = self(chat);
        List<WireMessage.Attachment> attachments = send.attachment() == null ? List.of()
                : List.of(attachment(send.attachment()));
        String type = send.attachment() == null ? "TEXT" : messageType(send.attachment().kind());
        return new WireMessage(id, chat.accountID(), chat.id(), self.id(), sortKey, at.toString(), attachments, null,
                false, false, true, false, send.replyToMessageID(), List.of(), self.fullName(), status,
                MarkdownHtml.toHtml(send.text()), type);
    }

    private static WireMessage.Attachment attachment(SendValidator.Attachment a) {
        String kind = a.kind();
        String type = switch (kind) {
            case "image", "gif", "sticker" -> "img";
            case "video" -> "video";
            case "audio", "voice-note" -> "audio";
            default -> "unknown";
        };
        WireMessage.Size size = a.width() == null && a.height() == null ? null
                : new WireMessage.Size(a.width(), a.height());
        return new WireMessage.Attachment(type, "mxc://local.beeper.com/" + a.upload().uploadID(), a.fileName(),
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

    private WireUser self(WireChat chat) {
        return chat.participants().items().stream().filter(WireUser::self).findFirst()
                .orElseGet(() -> world.accounts().stream().filter(a -> a.accountID().equals(chat.accountID()))
                        .map(WireAccount::user).findFirst().orElseThrow());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

package com.beepercomposer.sandbox;

import com.beepercomposer.media.AttachmentKinds;
import com.beepercomposer.sandbox.WireChat.AttachmentCapability;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Checks a send body the way Beeper Desktop does before anything is queued: the shape of the
 * JSON, the references it makes (upload, reply target) and what the chat's capabilities allow.
 * Every 400 problem is collected so the caller sees them all at once, each naming its field.
 */
final class SendValidator {
    static final Set<String> TYPES = Set.copyOf(AttachmentKinds.ALL);

    /**
     * A send that passed: what the message will carry. {@code refusal} is set when the chat's
     * capabilities rule it out but the sandbox is not strict: it is accepted and fails later.
     */
    record ValidSend(String text, String replyToMessageID, Attachment attachment, String refusal) {
    }

    /** The attachment with the send's overrides applied over what the upload detected. */
    record Attachment(StoredUpload upload, String kind, String msgtype, String fileName, String mimeType,
                      Double duration, Integer width, Integer height) {
    }

    private final Function<String, Optional<StoredUpload>> uploads;
    private final BiFunction<String, String, Optional<WireMessage>> messages;

    SendValidator(Function<String, Optional<StoredUpload>> uploads,
                  BiFunction<String, String, Optional<WireMessage>> messages) {
        this.uploads = uploads;
        this.messages = messages;
    }

    /**
     * @param strict refuse at once (400, or 403 for a read-only chat) what the chat's
     *               capabilities rule out; otherwise accept it and report the refusal in the
     *               result, as the published API leaves open
     */
    ValidSend validate(WireChat chat, JsonNode body, boolean strict) {
        if (strict && chat.readOnly()) {
            throw SandboxError.forbidden("This chat is read-only: messages cannot be sent to it");
        }
        List<WireError.Issue> issues = new ArrayList<>();
        List<WireError.Issue> unsupported = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw SandboxError.invalid("invalid_type", "The body must be a JSON object");
        }
        String text = string(body, "text", issues, "text");
        String replyTo = string(body, "replyToMessageID", issues, "replyToMessageID");
        Attachment attachment = null;
        JsonNode rawAttachment = body.get("attachment");
        if (rawAttachment != null && !rawAttachment.isNull()) {
            attachment = attachment(rawAttachment, issues);
        }
        boolean hasAttachmentField = rawAttachment != null && !rawAttachment.isNull();
        if ((text == null || text.isEmpty()) && !hasAttachmentField) {
            issues.add(issue("custom", "A message needs text or an attachment", "text"));
        }
        WireChat.Capabilities caps = chat.capabilities();
        if (replyTo != null) {
            if (caps != null && !caps.acceptsReplies()) {
                unsupported.add(issue("custom", "This chat does not accept replies (reply capability "
                        + caps.reply() + ")", "replyToMessageID"));
            } else if (messages.apply(chat.id(), replyTo).isEmpty()) {
                issues.add(issue("custom", "No message " + replyTo + " in this chat to reply to",
                        "replyToMessageID"));
            }
        }
        if (text != null && caps != null && caps.maxTextLength() != null
                && text.codePointCount(0, text.length()) > caps.maxTextLength()) {
            unsupported.add(issue("too_big", "The text is " + text.codePointCount(0, text.length())
                    + " characters; this chat takes at most " + caps.maxTextLength(), "text"));
        }
        if (attachment != null && caps != null && caps.attachments() != null) {
            checkCapability(attachment, caps.attachments().get(attachment.msgtype()), unsupported);
        }
        if (strict) {
            issues.addAll(unsupported);
        }
        if (!issues.isEmpty()) {
            throw SandboxError.invalid(issues);
        }
        String refusal = chat.readOnly() ? "This chat is read-only: messages cannot be sent to it"
                : unsupported.isEmpty() ? null : unsupported.get(0).message();
        return new ValidSend(text == null || text.isEmpty() ? null : text, replyTo, attachment, refusal);
    }

    private Attachment attachment(JsonNode node, List<WireError.Issue> issues) {
        if (!node.isObject()) {
            issues.add(issue("invalid_type", "attachment must be an object", "attachment"));
            return null;
        }
        int before = issues.size();
        String uploadID = string(node, "uploadID", issues, "attachment", "uploadID");
        if (uploadID == null && !node.has("uploadID")) {
            issues.add(issue("invalid_type", "Required: the uploadID of a finished upload", "attachment",
                    "uploadID"));
        }
        StoredUpload upload = uploadID == null ? null : uploads.apply(uploadID).orElse(null);
        if (uploadID != null && upload == null) {
            issues.add(issue("custom", "Unknown uploadID " + uploadID + ": upload the file first", "attachment",
                    "uploadID"));
        }
        String fileName = string(node, "fileName", issues, "attachment", "fileName");
        String mimeType = string(node, "mimeType", issues, "attachment", "mimeType");
        String type = string(node, "type", issues, "attachment", "type");
        if (type != null && !TYPES.contains(type)) {
            issues.add(issue("invalid_enum_value", "type must be one of image, video, audio, file, gif, voice-note,"
                    + " sticker; got '" + type + "'", "attachment", "type"));
        }
        Double duration = null;
        JsonNode d = node.get("duration");
        if (d != null && !d.isNull()) {
            if (!d.isNumber() || d.asDouble() < 0) {
                issues.add(issue("invalid_type", "duration must be a number of seconds >= 0", "attachment",
                        "duration"));
            } else {
                duration = d.asDouble();
            }
        }
        Integer width = null;
        Integer height = null;
        JsonNode size = node.get("size");
        if (size != null && !size.isNull()) {
            if (!size.isObject()) {
                issues.add(issue("invalid_type", "size must be an object {width, height}", "attachment", "size"));
            } else {
                width = dimension(size, "width", issues);
                height = dimension(size, "height", issues);
            }
        }
        if (issues.size() > before || upload == null) {
            return null;
        }
        String mime = mimeType != null ? mimeType : upload.mimeType();
        String kind = type != null ? type : AttachmentKinds.detect(mime);
        return new Attachment(upload, kind, AttachmentKinds.msgtype(kind),
                fileName != null ? fileName : upload.fileName(), mime,
                duration != null ? duration : upload.duration(), width != null ? width : upload.width(),
                height != null ? height : upload.height());
    }

    private static Integer dimension(JsonNode size, String field, List<WireError.Issue> issues) {
        JsonNode value = size.get(field);
        if (value == null || value.isNull()) {
            issues.add(issue("invalid_type", "Required: size needs both width and height", "attachment", "size",
                    field));
            return null;
        }
        if (!value.canConvertToInt() || !value.isNumber() || value.asInt() <= 0) {
            issues.add(issue("invalid_type", field + " must be a positive whole number of pixels", "attachment",
                    "size", field));
            return null;
        }
        return value.asInt();
    }

    private static void checkCapability(Attachment a, AttachmentCapability cap, List<WireError.Issue> issues) {
        if (cap == null) {
            issues.add(issue("custom", "This chat does not accept " + a.kind() + " attachments (" + a.msgtype()
                    + ")", "attachment", "type"));
            return;
        }
        if (!cap.accepts(a.mimeType())) {
            issues.add(issue("custom", "This chat does not accept " + a.mimeType() + " as " + a.msgtype(),
                    "attachment", "mimeType"));
        }
        if (cap.maxSize() != null && a.upload().fileSize() > cap.maxSize()) {
            issues.add(issue("too_big", "The file is " + a.upload().fileSize() + " bytes; this chat takes at most "
                    + cap.maxSize() + " bytes for " + a.msgtype(), "attachment", "uploadID"));
        }
        if (cap.maxWidth() != null && a.width() != null && a.width() > cap.maxWidth()) {
            issues.add(issue("too_big", "Width " + a.width() + " exceeds " + cap.maxWidth(), "attachment", "size",
                    "width"));
        }
        if (cap.maxHeight() != null && a.height() != null && a.height() > cap.maxHeight()) {
            issues.add(issue("too_big", "Height " + a.height() + " exceeds " + cap.maxHeight(), "attachment", "size",
                    "height"));
        }
        if (cap.maxDuration() != null && a.duration() != null && a.duration() > cap.maxDuration()) {
            issues.add(issue("too_big", "Duration " + a.duration() + " s exceeds " + cap.maxDuration() + " s",
                    "attachment", "duration"));
        }
    }

    private static String string(JsonNode node, String field, List<WireError.Issue> issues, Object... path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            issues.add(issue("invalid_type", field + " must be a string", path));
            return null;
        }
        return value.asText();
    }

    private static WireError.Issue issue(String code, String message, Object... path) {
        return new WireError.Issue(code, message, List.of(path));
    }
}

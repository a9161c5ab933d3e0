package com.beepercomposer.ui;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.ValidationIssue;
import com.beepercomposer.i18n.Texts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a failed send tells the person: one status line, and each validation issue the server
 * named, keyed by the request field it belongs to ({@code text}, {@code replyToMessageID},
 * {@code attachment}), so it can sit next to that field.
 */
record SendFailureReport(String status, Map<String, String> fieldErrors) {
    static final String TEXT = "text";
    static final String REPLY = "replyToMessageID";
    static final String ATTACHMENT = "attachment";

    static SendFailureReport of(Throwable failure) {
        if (!(failure instanceof ApiException api)) {
            return new SendFailureReport(Texts.get("send.notSent", Failures.summary(failure)), Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (ValidationIssue issue : api.issues()) {
            String field = issue.path().isEmpty() ? "" : String.valueOf(issue.path().get(0));
            if (field.equals(TEXT) || field.equals(REPLY) || field.equals(ATTACHMENT)) {
                fields.put(field, issue.message());
            }
        }
        if (api.outcomeUnknown()) {
            return new SendFailureReport(Texts.get("send.noAnswer"), fields);
        }
        // The request line and body are the status's details, not part of its one line.
        String reason = api.serverMessage().orElse(Failures.summary(api));
        return new SendFailureReport(Texts.get("send.notSent",
                reason + (api.issues().isEmpty() ? "" : " (" + issuesText(api) + ")")),
                fields);
    }

    private static String issuesText(ApiException api) {
        return String.join("; ", api.issues().stream()
                .map(i -> (i.field().isEmpty() ? "" : i.field() + ": ") + i.message()).toList());
    }
}

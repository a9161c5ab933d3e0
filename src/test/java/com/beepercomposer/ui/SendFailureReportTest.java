package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.ValidationIssue;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendFailureReportTest {
    @Test
    void eachIssueGoesToTheFieldItNamesAndAllAreInTheStatus() {
        ApiException refused = ApiException.http("POST /v1/chats/c/messages", 400, "VALIDATION_ERROR", "Invalid request",
                List.of(new ValidationIssue("too_big", "Too long", List.of("text")),
                        new ValidationIssue("custom", "No such message", List.of("replyToMessageID")),
                        new ValidationIssue("custom", "Too wide", List.of("attachment", "size", "width")),
                        new ValidationIssue("custom", "Odd", List.of("other"))), null);

        SendFailureReport report = SendFailureReport.of(refused);

        assertThat(report.fieldErrors()).containsExactly(Map.entry("text", "Too long"),
                Map.entry("replyToMessageID", "No such message"), Map.entry("attachment", "Too wide"));
        assertThat(report.status()).isEqualTo("Not sent: Invalid request (text: Too long; replyToMessageID: "
                + "No such message; attachment.size.width: Too wide; other: Odd)");
    }

    @Test
    void noAnswerSaysTheMessageMayHaveGone() {
        ApiException timeout = ApiException.transport(ApiException.Kind.TIMEOUT, "POST /v1/chats/c/messages", null);

        assertThat(SendFailureReport.of(timeout).status()).startsWith("No answer from the server: the message may "
                + "have been delivered.");
    }

    @Test
    void anyOtherFailureIsDescribed() {
        SendFailureReport report = SendFailureReport.of(new IOException("disk full"));

        assertThat(report.status()).isEqualTo("Not sent: disk full");
        assertThat(report.fieldErrors()).isEmpty();
    }
}

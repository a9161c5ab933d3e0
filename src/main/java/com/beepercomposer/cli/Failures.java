package com.beepercomposer.cli;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.Causes;
import com.beepercomposer.api.TokenScrubber;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits on the core's futures and turns what went wrong into an exit code and words. */
final class Failures {
    private Failures() {
    }

    /** The future's value; its failure as a {@link CliFailure}. */
    static <T> T await(CompletableFuture<T> future, String doing) {
        try {
            return future.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), doing);
        } catch (TimeoutException e) {
            throw new CliFailure(ExitCode.UNCERTAIN, "No answer while " + doing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.ERROR, "Interrupted while " + doing);
        }
    }

    static CliFailure failure(Throwable error, String doing) {
        Throwable cause = Causes.unwrap(error);
        if (cause instanceof CliFailure cli) {
            return cli;
        }
        String why = TokenScrubber.scrub(cause.getMessage());
        return new CliFailure(exitCode(cause), "Failed while " + doing + ": " + why);
    }

    static int exitCode(Throwable error) {
        Throwable cause = Causes.unwrap(error);
        if (!(cause instanceof ApiException api)) {
            return ExitCode.ERROR;
        }
        if (api.status() == 401) {
            return ExitCode.NOT_AUTHORISED;
        }
        if (api.status() == 404 || api.issues().stream()
                .anyMatch(issue -> issue.path() != null && issue.path().toString().contains("replyToMessageID")
                        && issue.message() != null && issue.message().startsWith("No message"))) {
            return ExitCode.NOT_FOUND;
        }
        if (api.outcomeUnknown()) {
            return ExitCode.UNCERTAIN;
        }
        return switch (api.kind()) {
            case HTTP, NOT_JSON -> ExitCode.REFUSED;
            case INVALID_REQUEST -> ExitCode.USAGE;
            default -> ExitCode.ERROR;
        };
    }
}

package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenScrubberTest {
    @Test
    void masksKnownTokensAndWhateverFollowsBearer() {
        AccessToken.of("scrub-me-31c8f0");
        assertThat(TokenScrubber.scrub("token scrub-me-31c8f0 was refused"))
                .isEqualTo("token [token] was refused");
        assertThat(TokenScrubber.scrub("Authorization: Bearer never-seen-before-1"))
                .isEqualTo("Authorization: Bearer [token]");
        assertThat(TokenScrubber.scrub("nothing secret here")).isEqualTo("nothing secret here");
    }

    @Test
    void aFailureQuotingATokenIsReplacedByAScrubbedCopyWithTheSameStack() {
        AccessToken.of("scrub-me-too-77aa01");
        IllegalArgumentException quoting = new IllegalArgumentException("invalid header value: \"scrub-me-too-77aa01\"");

        Throwable scrubbed = TokenScrubber.scrub(new IllegalStateException("wrapper", quoting));

        assertThat(scrubbed.getMessage()).isEqualTo("java.lang.IllegalStateException: wrapper");
        assertThat(scrubbed.getCause().getMessage())
                .isEqualTo("java.lang.IllegalArgumentException: invalid header value: \"[token]\"");
        assertThat(scrubbed.getCause().getStackTrace()).isEqualTo(quoting.getStackTrace());
        IllegalStateException clean = new IllegalStateException("no secret");
        assertThat(TokenScrubber.scrub(clean)).isSameAs(clean);
    }
}

package io.github.camelhrflow.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Reads the {@code Retry-After} header, which is either a number of seconds or an HTTP date.
 */
final class RetryAfter {

    /** The most seconds a Duration can hold and still give its length in milliseconds without overflow. */
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1000;

    private RetryAfter() {
    }

    /** @return how long to wait, never negative; {@code null} when the header is absent or unreadable */
    static Duration parse(String headerValue, Clock clock) {
        if (headerValue == null || headerValue.isBlank()) {
            return null;
        }
        String value = headerValue.trim();
        try {
            // a huge value must not make Duration.toMillis() overflow when the error or the redelivery delay is built
            return Duration.ofSeconds(Math.min(MAX_SECONDS, Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            Instant until = DateUtils.parseStandardDate(value);
            if (until == null) {
                return null;
            }
            Duration wait = Duration.between(clock.instant(), until);
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }
}

package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/** Reads the timestamp spellings met in HrFlow's API; {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} rejects {@code +0000}. */
final class Timestamps {

    /** A date, optionally a time, optionally an offset as {@code Z}, {@code +00:00} or {@code +0000}. */
    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    /** HrFlow's own spelling: {@code 2023-06-21T15:54:45+0000}, always UTC. */
    private static final DateTimeFormatter HRFLOW = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** The instant as HrFlow writes it, to the second. */
    static String format(Instant instant) {
        return HRFLOW.format(instant);
    }

    /** Whether the text is a bare date such as {@code 2024-05-06}, without a time. */
    static boolean isDateOnly(String text) {
        return text != null && text.trim().length() == 10;
    }

    /** The instant, assuming UTC without an offset; empty when the text is not a timestamp. */
    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            // an unencoded "+0000" in a query string arrives as " 0000"
            TemporalAccessor parsed = FLEXIBLE.parse(text.trim().replace(' ', '+'));
            LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
            ZoneOffset offset =
                    parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
            return Optional.of(OffsetDateTime.of(LocalDate.from(parsed), time, offset).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package io.github.camelhrflow.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Parses HrFlow's timestamps, whose offset has no colon ({@code 2023-06-21T15:54:45+0000}), which
 * {@link OffsetDateTime#parse(CharSequence)} rejects. ISO forms ({@code +00:00}, {@code Z}, fractions) are read too.
 */
public final class HrFlowTimestamps {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private HrFlowTimestamps() {
    }

    /**
     * @return the timestamp, or {@code null} for {@code null} or blank text
     * @throws DateTimeParseException when the text is not a timestamp with an offset
     */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return OffsetDateTime.parse(text.trim(), FORMAT);
    }

    /**
     * Reads a date and time as written, with or without an offset, leaving the offset out: for the dates of a
     * résumé, which HrFlow writes without one ({@code 2019-05-01T00:00:00}) but accepts and echoes with one
     * ({@code 2001-12-01T00:00:00+0000}).
     *
     * @return the date and time, or {@code null} for {@code null} or blank text
     * @throws DateTimeParseException when the text is not an ISO date and time
     */
    public static LocalDateTime parseLocal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return FORMAT.parse(text.trim(), LocalDateTime::from);
    }
}

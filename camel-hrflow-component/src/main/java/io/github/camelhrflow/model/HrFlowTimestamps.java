package io.github.camelhrflow.model;

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
}

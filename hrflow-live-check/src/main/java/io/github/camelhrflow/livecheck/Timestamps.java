package io.github.camelhrflow.livecheck;

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
import java.util.regex.Pattern;

/** HrFlow's timestamps ({@code 2023-06-21T15:54:45+0000}) and the forms the check sends as filters. */
final class Timestamps {

    /** What HrFlow's samples show: to the second, UTC, offset without a colon. */
    static final Pattern HRFLOW_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0000");

    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private static final DateTimeFormatter HRFLOW = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** The instant, UTC when the text has no offset; {@code null} when it is not a timestamp. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor parsed = FLEXIBLE.parse(text.trim());
            LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
            ZoneOffset offset =
                    parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
            return OffsetDateTime.of(LocalDate.from(parsed), time, offset).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code 2024-05-01T10:00:00+0000}. */
    static String hrflow(Instant instant) {
        return HRFLOW.format(instant);
    }

    /** {@code 2024-05-01T10:00:00Z}. */
    static String isoZ(Instant instant) {
        return ISO_Z.format(instant);
    }
}

package io.github.camelhrflow.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** HrFlow's own form, in UTC: {@code 2023-06-21T15:54:45+0000}. */
    private static final DateTimeFormatter HRFLOW_FORM =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

    private HrFlowTimestamps() {
    }

    /** {@code instant} as HrFlow writes its timestamps, to the second, in UTC: {@code 2023-06-21T15:54:45+0000}. */
    public static String format(Instant instant) {
        return HRFLOW_FORM.format(instant);
    }

    /**
     * @return the timestamp, or {@code null} for {@code null} or blank text
     * @throws DateTimeParseException when the text is not a timestamp with an offset
     */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OffsetDateTime usual = parseUsual(text);
        return usual != null ? usual : OffsetDateTime.parse(text.trim(), FORMAT);
    }

    /**
     * HrFlow's own form, {@code 2023-06-21T15:54:45+0000}, read without the formatter: a storing consumer reads two
     * times per job, and the formatter's general parsing was a sixth of a first sync's CPU. {@code null} for any other
     * form (the formatter then reads it, or says why not).
     */
    private static OffsetDateTime parseUsual(String t) {
        if (t.length() != 24 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
            || t.charAt(16) != ':' || t.charAt(19) != '+' && t.charAt(19) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int offsetHours = digits(t, 20, 2);
        int offsetMinutes = digits(t, 22, 2);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        try {
            int offset = (offsetHours * 3600 + offsetMinutes * 60) * (t.charAt(19) == '-' ? -1 : 1);
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.ofTotalSeconds(offset));
        } catch (DateTimeException outOfRange) {
            // 2023-02-30 and the like: the formatter's message says what is wrong
            return null;
        }
    }

    /** The number written by {@code count} digits at {@code from}, or -1 when one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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

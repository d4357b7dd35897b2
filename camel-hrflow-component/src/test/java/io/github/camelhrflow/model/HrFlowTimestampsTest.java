package io.github.camelhrflow.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** HrFlow's timestamps: its own form read on a short path, every other form by the formatter, the same results. */
class HrFlowTimestampsTest {

    @Test
    void hrflowsOwnFormIsReadWithItsOffset() {
        assertEquals(OffsetDateTime.of(2023, 6, 21, 15, 54, 45, 0, ZoneOffset.UTC),
                HrFlowTimestamps.parse("2023-06-21T15:54:45+0000"));
        assertEquals(OffsetDateTime.of(2023, 6, 21, 15, 54, 45, 0, ZoneOffset.ofHoursMinutes(-5, -30)),
                HrFlowTimestamps.parse("2023-06-21T15:54:45-0530"));
        assertEquals(OffsetDateTime.of(2024, 2, 29, 0, 0, 0, 0, ZoneOffset.ofHours(2)),
                HrFlowTimestamps.parse("2024-02-29T00:00:00+0200"));
    }

    @Test
    void anInstantIsWrittenAsHrFlowWritesItsTimestamps() {
        assertEquals("2023-06-21T15:54:45+0000",
                HrFlowTimestamps
                        .format(OffsetDateTime.of(2023, 6, 21, 17, 54, 45, 0, ZoneOffset.ofHours(2)).toInstant()));
        assertEquals(OffsetDateTime.of(2023, 6, 21, 15, 54, 45, 0, ZoneOffset.UTC),
                HrFlowTimestamps.parse(HrFlowTimestamps.format(Instant.parse("2023-06-21T15:54:45.900Z"))));
    }

    @Test
    void otherFormsAreReadAsBefore() {
        for (String text : List.of("2023-06-21T15:54:45Z", "2023-06-21T15:54:45+00:00", "2023-06-21T15:54:45.123Z",
                " 2023-06-21T15:54:45+0000 ")) {
            assertEquals(OffsetDateTime.of(2023, 6, 21, 15, 54, 45, 0, ZoneOffset.UTC).toInstant().getEpochSecond(),
                    HrFlowTimestamps.parse(text).toInstant().getEpochSecond(), text);
        }
        // the formatter resolves smartly: a 30th of February is its last day, as it always was
        assertEquals(OffsetDateTime.of(2023, 2, 28, 0, 0, 0, 0, ZoneOffset.UTC),
                HrFlowTimestamps.parse("2023-02-30T00:00:00+0000"));
        assertNull(HrFlowTimestamps.parse(null));
        assertNull(HrFlowTimestamps.parse("  "));
    }

    @Test
    void whatIsNoTimestampIsRefusedByTheFormatterWithItsReason() {
        for (String text : List.of("2023-06-21T25:00:00+0000", "2023-06-2xT15:54:45+0000",
                "yesterday", "2023-06-21 15:54:45+0000")) {
            assertThrows(DateTimeParseException.class, () -> HrFlowTimestamps.parse(text), text);
        }
    }
}

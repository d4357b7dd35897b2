package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The position's rules, without a server: what is ahead, how delivering moves it, how a sweep moves. */
class SyncPositionTest {

    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void fromTheBeginningEveryVersionIsAhead() {
        SyncPosition position = SyncPosition.beginning();
        assertTrue(position.isAhead("a", Instant.EPOCH));
        assertTrue(position.isAhead("a", T));
        assertFalse(position.isBehind(Instant.EPOCH));
        assertTrue(position.isUntouched());
        assertNull(position.newest());
    }

    @Test
    void deliveringMovesTheFloorToTheLookbackBehindTheNewestAndKeepsTheVersionsAboveIt() {
        SyncPosition position = SyncPosition.beginning()
                .delivered("a", T, MINUTE)
                .delivered("b", T.plusSeconds(30), MINUTE)
                .delivered("c", T.plusSeconds(90), MINUTE);

        assertEquals(T.plusSeconds(90), position.newest());
        assertEquals(T.plusSeconds(30), position.floor());
        assertEquals(Set.of("b@" + T.plusSeconds(30), "c@" + T.plusSeconds(90)), position.window(),
                "a fell below the floor and is forgotten");
        assertFalse(position.isAhead("b", T.plusSeconds(30)), "delivered, inside the lookback");
        assertTrue(position.isAhead("late", T.plusSeconds(40)), "listed late, inside the lookback: still owed");
        assertFalse(position.isAhead("late", T.plusSeconds(29)), "older than the lookback: behind");
        assertTrue(position.isBehind(T.plusSeconds(29)));
        assertTrue(position.isAhead("b", T.plusSeconds(91)), "a newer version of a delivered job");
    }

    @Test
    void withoutLookbackTheWindowIsTheNewestSecond() {
        SyncPosition position = SyncPosition.beginning()
                .delivered("a", T, Duration.ZERO)
                .delivered("b", T.plusSeconds(1), Duration.ZERO)
                .delivered("c", T.plusSeconds(1), Duration.ZERO);

        assertEquals(T.plusSeconds(1), position.floor());
        assertEquals(Set.of("b@" + T.plusSeconds(1), "c@" + T.plusSeconds(1)), position.window());
        assertTrue(position.isAhead("d", T.plusSeconds(1)), "another job of the same second");
        assertFalse(position.isAhead("late", T), "no lookback: a version listed late is behind");
    }

    @Test
    void theFloorNeverGoesBackNorBelowStartFrom() {
        SyncPosition position = SyncPosition.startingAt(T).delivered("a", T.plusSeconds(10), MINUTE);
        assertEquals(T, position.floor(), "startFrom stays the floor while the lookback reaches below it");
        assertFalse(position.isAhead("old", T.minusSeconds(1)));
    }

    @Test
    void whileSweepingTheFloorStaysAndTheWindowKeepsOnlyWhatTheFollowingScanReadsAgain() {
        Instant ceiling = T.plusSeconds(3600);
        SyncPosition position = SyncPosition.beginning().sweepingTo("2024-05-01T11:00:00+0000", ceiling)
                .delivered("old", T, MINUTE)
                .delivered("recent", ceiling.minusSeconds(10), MINUTE)
                .delivered("older", T.minusSeconds(3600), MINUTE);

        assertEquals(Instant.EPOCH, position.floor(), "creation order is not time order: the floor waits");
        assertTrue(position.isAhead("older2", T.minusSeconds(7200)));
        assertEquals(Set.of("recent@" + ceiling.minusSeconds(10)), position.window());

        SyncPosition done = position.sweepDone(MINUTE);
        assertFalse(done.isSweeping());
        assertEquals(ceiling, done.newest());
        assertEquals(ceiling.minus(MINUTE), done.floor());
        assertFalse(done.isAhead("recent", ceiling.minusSeconds(10)), "the scan after the sweep skips it");
        assertTrue(done.isAhead("edited", ceiling.minusSeconds(5)));
    }

    @Test
    void afterASweepTheChangesAreFollowedFromItsCeilingNotFromTheNewestVersionItDelivered() {
        Instant ceiling = T;
        SyncPosition position = SyncPosition.beginning().sweepingTo("c", ceiling)
                // a job edited before the sweep read it, long after the ceiling
                .delivered("edited-early", T.plusSeconds(300), MINUTE);

        SyncPosition done = position.sweepDone(MINUTE);

        assertEquals(ceiling, done.newest());
        assertEquals(ceiling.minus(MINUTE), done.floor());
        assertTrue(done.isAhead("read-then-edited", T.plusSeconds(10)), "written after the sweep read its job");
        assertFalse(done.isAhead("edited-early", T.plusSeconds(300)), "delivered by the sweep");
    }

    @Test
    void aSweepPassesJobsByCreationTimeAndTheKeysOfItsLastSecond() {
        SyncPosition.Sweep sweep = SyncPosition.beginning().sweepingTo("c", T).sweep();
        assertFalse(sweep.hasPassed(T, "a"));

        sweep = sweep.passed(T, "a", 0, 10).passed(T, "b", 1, 10);
        assertTrue(sweep.hasPassed(T, "a"));
        assertTrue(sweep.hasPassed(T, "b"));
        assertFalse(sweep.hasPassed(T, "c"), "another job of the same second");
        assertTrue(sweep.hasPassed(T.minusSeconds(1), "z"));
        assertEquals(2, sweep.index());

        sweep = sweep.passed(T.plusSeconds(1), "c", 2, 10);
        assertEquals(Set.of("c"), sweep.keys());
        sweep = sweep.passed(T, "late", 3, 10);
        assertEquals(T.plusSeconds(1), sweep.createdAt(), "a job listed late does not move the sweep back");
        assertEquals(4, sweep.index());

        assertEquals(1, sweep.steppedBack(3, 7).index());
        assertEquals(7, sweep.steppedBack(3, 7).total());
        assertEquals(0, sweep.steppedBack(10, 0).index());
        assertEquals(30, sweep.movedTo(30).index());
        assertEquals(4, sweep.movedTo(2).index(), "never moves back");
    }

    @Test
    void theSavedFormReadsBackTheSamePosition() {
        SyncPosition following = SyncPosition.beginning()
                .delivered("a", T, MINUTE)
                .delivered("b", T.plusSeconds(5), MINUTE)
                .delivered("c", T.plusSeconds(5), MINUTE);
        assertSame(following, SyncPosition.fromJson(following.toJson(), "k"));

        SyncPosition sweeping = following.sweepingTo("2024-05-01T11:00:00+0000", T.plusSeconds(3600));
        sweeping = sweeping.withSweep(sweeping.sweep().passed(T, "x", 41, 500));
        SyncPosition read = SyncPosition.fromJson(sweeping.toJson(), "k");
        assertSame(sweeping, read);
        assertEquals(sweeping.sweep(), read.sweep());
    }

    @Test
    void aPositionWithoutFloorIsReadWithItsSecondAsFloor() {
        SyncPosition position = SyncPosition.fromJson("{\"at\":\"" + T + "\",\"keysAt\":[\"a\"]}", "k");
        assertEquals(T, position.floor());
        assertFalse(position.isAhead("a", T));
        assertTrue(position.isAhead("b", T));
        assertFalse(position.isAhead("b", T.minusSeconds(1)));
    }

    @Test
    void startingAfterTheNewestCountsTheVersionsInTheLookbackAsDelivered() {
        SyncPosition position = SyncPosition.after(T, List.of("a@" + T, "b@" + T.minusSeconds(30),
                "c@" + T.minusSeconds(90)), MINUTE);
        assertEquals(T.minus(MINUTE), position.floor());
        assertEquals(Set.of("a@" + T, "b@" + T.minusSeconds(30)), position.window());
        assertTrue(position.isAhead("late", T.minusSeconds(20)));
    }

    @Test
    void aPositionItDidNotWriteIsRefusedNamingTheStateKey() {
        for (String json : List.of("not json", "null", "{\"keysAt\":[]}", "{\"at\":\"yesterday\"}",
                "{\"floor\":\"" + T + "\",\"window\":[\"no-time\"]}",
                "{\"floor\":\"" + T + "\",\"sweep\":{\"index\":3}}")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> SyncPosition.fromJson(json, "my-key"), json);
            assertTrue(e.getMessage().startsWith("The saved position my-key of the hrflow consumer is not one it"
                                                 + " wrote"),
                    e.getMessage());
        }
    }

    private static void assertSame(SyncPosition expected, SyncPosition actual) {
        assertEquals(expected.floor(), actual.floor());
        assertEquals(expected.newest(), actual.newest());
        assertEquals(expected.window(), actual.window());
        assertEquals(expected.isSweeping(), actual.isSweeping());
    }
}

package io.github.camelhrflow.consumer;

import java.time.Instant;
import java.util.List;

import io.github.camelhrflow.consumer.VersionSet.Version;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An immutable set whose sets made one from the other share one log. */
class VersionSetTest {

    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void aSetSeesOnlyWhatWasAddedUpToIt() {
        VersionSet one = VersionSet.empty().plus(new Version("a", T));
        VersionSet two = one.plus(new Version("b", T));

        assertTrue(two.contains(new Version("a", T)));
        assertTrue(two.contains(new Version("b", T)));
        assertFalse(one.contains(new Version("b", T)), "one was made before b was added to the shared log");
        assertEquals(1, one.size());
        assertSame(two, two.plus(new Version("a", T)), "a version already there adds nothing");
    }

    @Test
    void addingToAnOlderSetCopiesItAndLeavesTheNewerOneAlone() {
        VersionSet base = VersionSet.empty().plus(new Version("a", T));
        VersionSet left = base.plus(new Version("b", T));
        VersionSet right = base.plus(new Version("c", T));

        assertEquals(List.of(new Version("a", T), new Version("b", T)), left.list());
        assertEquals(List.of(new Version("a", T), new Version("c", T)), right.list());
        assertFalse(left.contains(new Version("c", T)));
        assertFalse(right.contains(new Version("b", T)));
    }

    @Test
    void withoutDropsWhatMatchesAndKeepsTheRestInOrder() {
        VersionSet set = VersionSet.of(List.of(new Version("a", T), new Version("b", T.plusSeconds(1)),
                new Version("c", T.plusSeconds(2))));
        VersionSet kept = set.without(v -> v.at().isBefore(T.plusSeconds(1)));

        assertEquals(List.of(new Version("b", T.plusSeconds(1)), new Version("c", T.plusSeconds(2))), kept.list());
        assertTrue(set.contains(new Version("a", T)), "the set it was made from is unchanged");
        assertSame(kept, kept.without(v -> false));
        assertEquals(VersionSet.of(List.of(new Version("c", T.plusSeconds(2)), new Version("b", T.plusSeconds(1)))),
                kept, "equal whatever the order");
    }

    @Test
    void aVersionReadsBackFromItsText() {
        Version version = new Version("4f7513857fe1d6dfa3e6dc29a3227654f3fde176", T);
        assertEquals(version, Version.parse(version.toString()));
        assertThrows(IllegalArgumentException.class, () -> Version.parse("no-time"));
        assertThrows(RuntimeException.class, () -> Version.parse("a@yesterday"));
    }
}

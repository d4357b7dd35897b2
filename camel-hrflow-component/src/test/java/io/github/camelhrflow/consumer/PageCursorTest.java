package io.github.camelhrflow.consumer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** HrFlow's page numbers: from 1, {@code limit} entries each. */
class PageCursorTest {

    @Test
    void anIndexIsOnThePageThatHoldsIt() {
        assertEquals(1, new PageCursor(0, 30).page());
        assertEquals(1, new PageCursor(29, 30).page());
        assertEquals(2, new PageCursor(30, 30).page());
        assertEquals(30, new PageCursor(59, 30).pageStart());
        assertEquals(3, new PageCursor(0, 1).nextPage().nextPage().page());
    }

    @Test
    void theNextPageStartsAfterThisOneWhereverTheIndexIsOnIt() {
        assertEquals(60, new PageCursor(31, 30).nextPage().index());
        assertEquals(30, PageCursor.first(30).nextPage().index());
    }

    @Test
    void steppingBackOverJobsThatLeftNeverGoesBeforeTheFirst() {
        PageCursor cursor = new PageCursor(60, 30);
        assertEquals(2, cursor.back(1).page(), "one job left: its last entry moved to the page before");
        assertEquals(57, cursor.back(3).index());
        assertEquals(0, cursor.back(500).index());
        assertEquals(3, cursor.back(0).page());
    }

    @Test
    void aLimitBelowOneOrANegativeIndexIsABug() {
        assertThrows(IllegalArgumentException.class, () -> new PageCursor(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageCursor(-1, 30));
    }
}

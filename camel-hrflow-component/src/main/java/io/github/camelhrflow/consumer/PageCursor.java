package io.github.camelhrflow.consumer;

/**
 * A place in a paged list: HrFlow numbers pages from 1, and a page holds {@code limit} entries, so the entry at list
 * position {@code index} (from 0) is on page {@code index / limit + 1}. Immutable.
 */
record PageCursor(int index, int limit) {

    PageCursor {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
    }

    static PageCursor first(int limit) {
        return new PageCursor(0, limit);
    }

    /** The page that holds the entry at {@link #index()}. */
    int page() {
        return index / limit + 1;
    }

    /** The list position of the first entry of {@link #page()}. */
    int pageStart() {
        return (page() - 1) * limit;
    }

    /** The cursor at the start of the next page. */
    PageCursor nextPage() {
        return new PageCursor(pageStart() + limit, limit);
    }

    /**
     * The cursor once {@code lost} entries left the list before it: every entry not read yet moved up by at most that
     * many places, so reading again from there skips none.
     */
    PageCursor back(int lost) {
        return new PageCursor(Math.max(0, index - lost), limit);
    }
}

package io.github.camelhrflow.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An immutable set of job versions (key, {@code updated_at}) that adds in constant time: positions made one from the
 * other share one append-only log, each seeing the entries up to its own length, so delivering a version does not copy
 * the versions delivered before it (a window on a busy board holds thousands). A set that adds to a log another set
 * already added to copies it first.
 */
final class VersionSet {

    /** A job version. */
    record Version(String key, Instant at) {

        @Override
        public String toString() {
            return key + "@" + at;
        }

        static Version parse(String text) {
            int at = text.lastIndexOf('@');
            if (at < 1) {
                throw new IllegalArgumentException("no key@time in '" + text + "'");
            }
            return new Version(text.substring(0, at), Instant.parse(text.substring(at + 1)));
        }
    }

    private static final class Log {
        private final List<Version> entries = new ArrayList<>();
        private final Map<Version, Integer> index = new HashMap<>();
    }

    private static final VersionSet EMPTY = new VersionSet(new Log(), 0);

    private final Log log;
    private final int length;

    private VersionSet(Log log, int length) {
        this.log = log;
        this.length = length;
    }

    static VersionSet empty() {
        return EMPTY;
    }

    static VersionSet of(Iterable<Version> versions) {
        VersionSet set = empty();
        for (Version version : versions) {
            set = set.plus(version);
        }
        return set;
    }

    boolean contains(Version version) {
        Integer at = log.index.get(version);
        return at != null && at < length;
    }

    VersionSet plus(Version version) {
        if (contains(version)) {
            return this;
        }
        Log target = log;
        // the empty set is shared by every position: it never lends its log, so no two sets append to one log
        if (length == 0 || log.entries.size() != length) {
            target = copy(v -> true);
        }
        target.index.put(version, target.entries.size());
        target.entries.add(version);
        return new VersionSet(target, target.entries.size());
    }

    /** The set without the versions {@code drop} matches; cheap when it matches none. */
    VersionSet without(Predicate<Version> drop) {
        for (int i = 0; i < length; i++) {
            if (drop.test(log.entries.get(i))) {
                Log kept = copy(drop.negate());
                return new VersionSet(kept, kept.entries.size());
            }
        }
        return this;
    }

    private Log copy(Predicate<Version> keep) {
        Log copy = new Log();
        for (int i = 0; i < length; i++) {
            Version version = log.entries.get(i);
            if (keep.test(version)) {
                copy.index.put(version, copy.entries.size());
                copy.entries.add(version);
            }
        }
        return copy;
    }

    /** The versions in the order they were added. */
    List<Version> list() {
        return log.entries.subList(0, length);
    }

    int size() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** Equal when they hold the same versions, whatever the order they were added in. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof VersionSet that) || that.length != length) {
            return false;
        }
        for (Version version : list()) {
            if (!that.contains(version)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Version version : list()) {
            hash += version.hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        return list().toString();
    }
}

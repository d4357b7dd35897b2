package io.github.camelhrflow.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.model.HrFlowTimestamps;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.JobVersion;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * The sandbox side of the consumer tests: a CamelContext wired to a sandbox, the span of every poll (in the sandbox's
 * sequence numbers) and the ground truth of which job versions a poll was required to see.
 */
final class SyncHarness {

    static final String STORING_JOBS = "/v1/storing/jobs";

    private final HrFlowSandbox sandbox;
    private final HrFlowResource resource;
    private final String board;
    private final PollSpans spans;

    SyncHarness(HrFlowSandbox sandbox, String board) {
        this(sandbox, HrFlowResource.JOB, board);
    }

    /** A harness over the board ({@code JOB}) or source ({@code PROFILE}) {@code storage}. */
    SyncHarness(HrFlowSandbox sandbox, HrFlowResource resource, String storage) {
        this.sandbox = sandbox;
        this.resource = resource;
        this.board = storage;
        this.spans = new PollSpans(sandbox);
    }

    /** Adds the board or source (named {@code title}) with {@code count} seeded objects; their keys. */
    List<String> seed(String title, int count, long seed) {
        if (resource == HrFlowResource.JOB) {
            sandbox.addBoard(board, title);
            return sandbox.seedJobs(board, count, seed);
        }
        sandbox.addSource(board, title);
        return sandbox.seedProfiles(board, count, seed);
    }

    /** The board's jobs or the source's profiles as stored now. */
    List<ObjectNode> stored() {
        return resource == HrFlowResource.JOB ? sandbox.store().jobs(board) : sandbox.store().profiles(board);
    }

    /** {@code hrflow:job-storing?boardKey=...} or {@code hrflow:profile-storing?sourceKey=...}; add options with &. */
    String storingUri() {
        return "hrflow:" + resource.noun() + "-storing?" + resource.storageOption() + "=" + board;
    }

    /** Every version the board's jobs or the source's profiles ever had. */
    private List<JobVersion> history() {
        return resource == HrFlowResource.JOB ? sandbox.history(board) : sandbox.profileHistory(board);
    }

    /** A CamelContext (not started) whose {@code hrflow} component talks to the sandbox; bean {@code spans}. */
    CamelContext newContext() {
        return newContext(sandbox.apiKey());
    }

    CamelContext newContext(String apiKey) {
        CamelContext context = new DefaultCamelContext();
        HrFlowComponent hrflow = new HrFlowComponent();
        hrflow.getConfiguration().setApiKey(apiKey);
        hrflow.getConfiguration().setUserEmail(sandbox.userEmail());
        hrflow.getConfiguration().setBaseUrl(sandbox.baseUrl());
        context.addComponent("hrflow", hrflow);
        context.getRegistry().bind("spans", spans);
        return context;
    }

    PollSpans spans() {
        return spans;
    }

    /** The storing/jobs (storing/profiles) requests the sandbox served, by sequence number. */
    List<RecordedRequest> listings() {
        List<RecordedRequest> listings = new ArrayList<>();
        for (RecordedRequest request : sandbox.requests()) {
            if (("/v1" + resource.storingPath()).equals(request.path())) {
                listings.add(request);
            }
        }
        listings.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return listings;
    }

    static long epochSecond(String hrflowTime) {
        return HrFlowTimestamps.parse(hrflowTime).toEpochSecond();
    }

    static String version(JobVersion v) {
        return v.key() + "@" + v.updatedAt();
    }

    /**
     * The versions a consumer had to deliver: those current for the whole span of at least one poll (from its first
     * storing/jobs request to its last) and those current at the end; only versions the listing shows count. A poll
     * that failed (HrFlow kept answering 5xx or 429) read only part of the board and vouches for nothing. A poll that
     * found more versions than it may hold vouches only for those up to the newest it held (the consumer's
     * {@code lastPollHeldUpTo}): the next poll reads the others again, and delivers a version superseded meanwhile as
     * its newer version, since HrFlow lists only the current one.
     */
    Truth truth(boolean listsArchived) {
        List<RecordedRequest> listings = listings();
        List<long[]> polls = new ArrayList<>();
        for (long[] span : spans.closed()) {
            if (span[2] != 0 || span[3] == Long.MIN_VALUE) {
                continue;
            }
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (RecordedRequest r : listings) {
                if (r.seq() > span[0] && r.seq() <= span[1]) {
                    first = Math.min(first, r.seq());
                    last = Math.max(last, r.seq());
                }
            }
            if (first != Long.MAX_VALUE) {
                polls.add(new long[] { first, last, span[3] });
            }
        }
        Predicate<JobVersion> visible = v -> listsArchived || !v.archived();
        Set<String> all = new HashSet<>();
        Set<String> required = new HashSet<>();
        for (JobVersion v : history()) {
            all.add(version(v));
            if (!visible.test(v)) {
                continue;
            }
            // what the listing showed: with index lag a version is listed after it was written, or never
            boolean must = v.isListed();
            for (int i = 0; i < polls.size() && !must; i++) {
                long[] p = polls.get(i);
                must = v.listedThroughout(p[0], p[1])
                       && (p[2] == Long.MAX_VALUE || epochSecond(v.updatedAt()) <= p[2]);
            }
            if (must) {
                required.add(version(v));
            }
        }
        Set<String> visibleVersions = new HashSet<>();
        for (JobVersion v : history()) {
            if (visible.test(v)) {
                visibleVersions.add(version(v));
            }
        }
        return new Truth(all, visibleVersions, required, polls.size());
    }

    /**
     * Why a version was required and what came of its job, for a failure message: its sequence numbers, the polls
     * that vouched for it, and every version of the same job that was delivered.
     */
    String explain(String version, Collection<String> delivered) {
        String key = version.substring(0, version.indexOf('@'));
        StringBuilder text = new StringBuilder(version);
        for (JobVersion v : sandbox.history(board)) {
            if (version(v).equals(version)) {
                text.append(" written ").append(v.fromSeq()).append(" replaced ").append(v.untilSeq())
                        .append(" listed ").append(v.listedFromSeq()).append("..").append(v.listedUntilSeq());
            }
        }
        for (long[] span : spans.closed()) {
            text.append(span[2] != 0 ? "" : " poll " + span[0] + ".." + span[1]
                                            + (span[3] == Long.MAX_VALUE ? "" : " heldUpTo " + span[3]));
        }
        text.append("; delivered of this job: ");
        for (String d : delivered) {
            if (d.startsWith(key + "@")) {
                text.append(d).append(' ');
            }
        }
        return text.toString();
    }

    /** The versions the listing shows now: what a consumer that caught up has delivered. */
    Set<String> currentVisible(boolean listsArchived) {
        Set<String> current = new HashSet<>();
        for (JobVersion v : history()) {
            if (v.isListed() && (listsArchived || !v.archived())) {
                current.add(version(v));
            }
        }
        return current;
    }

    /** Ground truth and what was delivered, compared. */
    record Truth(Set<String> history, Set<String> visible, Set<String> required, int polls) {

        Report compare(Collection<String> delivered) {
            Set<String> distinct = new HashSet<>(delivered);
            Set<String> missing = new HashSet<>(required);
            missing.removeAll(distinct);
            Set<String> foreign = new HashSet<>(distinct);
            foreign.removeAll(history);
            Set<String> transientMissed = new HashSet<>(visible);
            transientMissed.removeAll(required);
            transientMissed.removeAll(distinct);
            return new Report(required.size(), delivered.size(), delivered.size() - distinct.size(), missing, foreign,
                    transientMissed, polls);
        }
    }

    record Report(int required, int delivered, int duplicates, Set<String> missing, Set<String> foreign,
                  Set<String> transientMissed, int polls) {

        @Override
        public String toString() {
            return "required=" + required + " delivered=" + delivered + " duplicates=" + duplicates + " missing="
                   + missing.size() + " foreign=" + foreign.size() + " transientMissed=" + transientMissed.size()
                   + " polls=" + polls + (missing.isEmpty() ? "" : " missing: " + first(missing))
                   + (foreign.isEmpty() ? "" : " foreign: " + first(foreign))
                   + (transientMissed.isEmpty() ? "" : " transient: " + first(transientMissed));
        }

        private static String first(Set<String> versions) {
            return versions.stream().sorted().limit(10).toList().toString();
        }
    }

    /** Records, in sandbox sequence numbers, when each poll began and ended. */
    static final class PollSpans implements PollingConsumerPollStrategy {

        private final HrFlowSandbox sandbox;
        private final ThreadLocal<Long> begun = new ThreadLocal<>();
        private final List<long[]> closed = new CopyOnWriteArrayList<>();

        PollSpans(HrFlowSandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            begun.set(sandbox.lastSeq());
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            Instant heldUpTo = ((HrFlowStoringConsumer) consumer).getStatistics().getLastPollHeldUpTo();
            close(0, heldUpTo == null ? Long.MAX_VALUE
                    : heldUpTo.equals(Instant.EPOCH) ? Long.MIN_VALUE : heldUpTo.getEpochSecond());
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            close(1, Long.MIN_VALUE);
            return false;
        }

        /** {@code heldUpTo}: the epoch second up to which the poll vouches; MAX_VALUE all, MIN_VALUE none. */
        private void close(long failed, long heldUpTo) {
            Long start = begun.get();
            if (start != null) {
                closed.add(new long[] { start, sandbox.lastSeq(), failed, heldUpTo });
                begun.remove();
            }
        }

        List<long[]> closed() {
            return closed;
        }

        int count() {
            return closed.size();
        }
    }
}

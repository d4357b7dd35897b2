package io.github.camelhrflow.consumer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.HrFlowStoringOptions;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.client.StoringQuery;
import io.github.camelhrflow.model.HrFlowTimestamps;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("hrflow:job-storing?boardKey=...")}, {@code from("hrflow:profile-storing?sourceKey=...")}: delivers
 * every job of a board (every profile of a source), then every one created or updated since, one exchange per
 * version. Jobs and profiles differ only by their {@link HrFlowResource}: paths, parameters, model and headers.
 * <p>
 * Each poll follows the newest changes ({@link FollowScan}): the versions updated since the position, down to the
 * lookback behind it, oldest change first, a long catch-up over several polls. A first sync of a board bigger than a
 * scan may hold reads the board a page at a time in creation order instead ({@link BoardSweep}), delivering as it
 * reads, then follows the changes made meanwhile. Exchanges are processed one after the other and the position ({@link SyncPosition}) is saved
 * after each one that completed: a failed exchange ends the poll, and the next poll delivers it again (at least once).
 * With an idempotent consumer on the {@code CamelHrFlowJobVersion} header, exactly once downstream.
 */
public class HrFlowStoringConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(HrFlowStoringConsumer.class);

    /**
     * Pages of full jobs a newest-first scan may hold: more changes than that since the position are read by a sweep,
     * a page at a time, so memory does not grow with the board.
     */
    static final int SCAN_BUDGET_PAGES = 8;

    private final HrFlowResource resource;
    private final String storageKey;
    private final String stateKey;
    private final Duration lookback;
    private StateRepository<String, String> stateRepository;
    private HrFlowClient client;
    private StoringQuery listQuery;
    private volatile Instant pausedUntil;
    /**
     * Versions the last poll read but did not deliver (maxMessagesPerPoll, a failed exchange, a stop): the next poll
     * delivers them first, even when the job changed meanwhile, so the version is not lost. At most a scan's budget.
     */
    private List<Change> carried = List.of();
    private final HrFlowStoringStatistics statistics = new HrFlowStoringStatistics();

    public HrFlowStoringConsumer(HrFlowEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        HrFlowStoringOptions options = endpoint.getStoring();
        this.resource = endpoint.getApi().resource();
        this.storageKey = endpoint.getStorageKey();
        this.stateKey = options.getStateKey() != null ? options.getStateKey()
                : "hrflow-" + endpoint.getApi() + ":" + storageKey;
        this.lookback = Duration.ofMillis(options.getLookback());
        // Camel's batch consumers take maxMessagesPerPoll from their endpoint: ScheduledPollEndpoint has none
        setMaxMessagesPerPoll(options.getMaxMessagesPerPoll());
    }

    @Override
    public HrFlowEndpoint getEndpoint() {
        return (HrFlowEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        HrFlowStoringOptions options = endpoint.getStoring();
        StateRepository<String, String> configured = options.getStateRepository();
        // never a static or component-wide default: each consumer keeps its own position
        stateRepository = configured != null ? configured : new MemoryStateRepository();
        // a FileStateRepository reads its file when started; a bean nobody started would forget the position
        ServiceHelper.startService(stateRepository);
        client = endpoint.getComponent().createClient(endpoint.getConfiguration());
        listQuery = new StoringQuery(storageKey, 1, options.getPageSize(), "updated_at", "desc",
                options.getCreatedAtMin(), options.getCreatedAtMax(), options.getName());
        carried = List.of();
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        Instant now = Instant.now();
        if (pausedUntil != null && now.isBefore(pausedUntil)) {
            // HrFlow asked for a pause (Retry-After): no request before it ends
            return 0;
        }
        PageReader reader = new PageReader(client, resource);
        statistics.pollStarted(now);
        try {
            Delivery delivery = new Delivery(load(reader));
            if (delivery.position.isSweeping()) {
                sweep(reader, delivery);
                if (delivery.position.isSweeping()) {
                    statistics.heldUpTo(Instant.EPOCH);
                }
            }
            if (!delivery.stopped && !delivery.position.isSweeping()) {
                follow(reader, delivery);
            }
            return delivery.done;
        } catch (HrFlowApiException e) {
            if (e.getRetryAfter() != null) {
                pausedUntil = Instant.now().plus(e.getRetryAfter());
            }
            statistics.failed(e);
            throw e;
        } catch (Exception e) {
            statistics.failed(e);
            throw e;
        } finally {
            statistics.requests(reader.requests());
        }
    }

    /** The versions ahead of the position, oldest change first; a sweep instead for a first sync of a big board. */
    private void follow(PageReader reader, Delivery delivery) throws Exception {
        int budget = SCAN_BUDGET_PAGES * listQuery.limit();
        FollowScan.Result scan = new FollowScan(reader, listQuery).changesAfter(delivery.position, budget);
        if (scan.bigFirstSync()) {
            carried = List.of();
            delivery.startSweep(scan);
            sweep(reader, delivery);
            if (delivery.stopped || delivery.position.isSweeping()) {
                statistics.heldUpTo(Instant.EPOCH);
                return;
            }
            // the sweep read the whole board: what changed meanwhile is newer than its ceiling, and the position,
            // no longer untouched, is followed from there (never swept again)
            scan = new FollowScan(reader, listQuery).changesAfter(delivery.position, budget);
        }
        if (scan.truncated() && !scan.changes().isEmpty()) {
            // the newest second it held may have more versions than it held: it vouches for the seconds before
            statistics.heldUpTo(scan.changes().get(scan.changes().size() - 1).updatedAt().minusSeconds(1));
        }
        List<Change> changes = withCarried(scan.changes(), delivery.position, false);
        deliver(changes, delivery);
    }

    /** Page after page of the sweep under way, each delivered as it is read, until the sweep ends or the poll must. */
    private void sweep(PageReader reader, Delivery delivery) throws Exception {
        BoardSweep sweep = new BoardSweep(reader, listQuery);
        List<Change> owed = withCarried(List.of(), delivery.position, true);
        if (!owed.isEmpty() && !deliver(owed, delivery)) {
            return;
        }
        while (true) {
            BoardSweep.Page page = sweep.read(delivery.position.sweep());
            delivery.movedTo(page.sweep());
            if (!deliver(page.changes(), delivery)) {
                return;
            }
            delivery.movedTo(delivery.position.sweep().movedTo(page.nextIndex()));
            if (page.last()) {
                delivery.sweepDone();
                LOG.info("Consumer of {} {} read it whole up to {}; it follows the changes from there",
                        resource.storage(), storageKey, delivery.position.newest());
                return;
            }
            delivery.save();
        }
    }

    /**
     * The versions carried from the last poll that are still ahead, then {@code scanned}, without doubles. A sweep's
     * carried versions come back only to a sweep, a scan's only to a scan.
     */
    private List<Change> withCarried(List<Change> scanned, SyncPosition position, boolean sweeping) {
        if (carried.isEmpty()) {
            return scanned;
        }
        Map<String, Change> all = new LinkedHashMap<>();
        for (Change change : carried) {
            boolean fromSweep = change.index() >= 0;
            if (fromSweep == sweeping && position.isAhead(change.key(), change.updatedAt())
                && (!sweeping || !position.sweep().hasPassed(change.createdAt(), change.key()))) {
                all.put(change.version(), change);
            }
        }
        carried = List.of();
        for (Change change : scanned) {
            all.putIfAbsent(change.version(), change);
        }
        List<Change> merged = new ArrayList<>(all.values());
        if (!sweeping) {
            // a stable sort: versions of one second keep the order they were found in
            merged.sort(Comparator.comparing(Change::updatedAt));
        }
        return merged;
    }

    /**
     * Delivers {@code changes} one after the other, within the poll's maxMessagesPerPoll, and saves the position as it
     * goes; what is left is carried to the next poll. Returns whether every one of them was delivered.
     */
    private boolean deliver(List<Change> changes, Delivery delivery) throws Exception {
        int total = changes.size();
        int ahead = 0;
        for (Change change : changes) {
            if (delivery.position.isAhead(change.key(), change.updatedAt())) {
                ahead++;
            }
        }
        // the exchanges of this batch: the rest goes to the next poll
        int batchSize = getMaxMessagesPerPoll() > 0 ? Math.min(ahead, getMaxMessagesPerPoll() - delivery.done) : ahead;
        int sent = 0;
        for (int index = 0; index < total; index++) {
            Change change = changes.get(index);
            if (!delivery.position.isAhead(change.key(), change.updatedAt())) {
                // a sweep passes the versions delivered before it without delivering them again
                delivery.passed(change);
                continue;
            }
            if (!isBatchAllowed() || delivery.full()) {
                return stop(changes.subList(index, total), delivery);
            }
            Exchange exchange = createExchange(change);
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, sent);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, batchSize);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, sent == batchSize - 1);
            pendingExchanges = Math.max(0, batchSize - sent - 1);
            sent++;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                pendingExchanges = 0;
            }
            if (exchange.getException() != null) {
                // the position stays before this version: the next poll delivers it again
                getExceptionHandler().handleException("Delivering " + resource.noun() + " version " + change.version()
                                                      + " of " + resource.storage() + " " + storageKey
                                                      + " failed; it is delivered again at the next poll",
                        exchange, exchange.getException());
                statistics.failed(exchange.getException());
                releaseExchange(exchange, false);
                return stop(changes.subList(index, total), delivery);
            }
            releaseExchange(exchange, false);
            delivery.delivered(change);
        }
        delivery.save();
        return true;
    }

    private boolean stop(List<Change> owed, Delivery delivery) {
        delivery.stopped = true;
        carried = List.copyOf(owed);
        delivery.save();
        return false;
    }

    /**
     * Refused. Camel's {@code BatchConsumer} contract, which Camel itself never calls: a batch consumer calls it from
     * its own poll. This consumer's polls deliver through {@link #deliver} instead, a page at a time during a sweep,
     * saving the position as they go; a batch handed in from outside would bypass that position.
     */
    @Override
    public int processBatch(Queue<Object> exchanges) {
        throw new UnsupportedOperationException("The " + resource.noun() + "-storing consumer delivers only from its"
                                                + " own polls, which read and save its position; it takes no batch of"
                                                + " exchanges from outside");
    }

    /**
     * The position while a poll runs, and when to save it: after each completed exchange while its saved form is
     * small; once it holds more than {@value #SAVE_EACH_UP_TO} entries (many jobs in one second, a long lookback on a
     * busy board), every size/{@value #SAVE_STEP_DIVISOR} exchanges and when the poll ends, since saving it after each
     * exchange would cost the square of its size (a crash may then deliver those few again). A sweep saves after each
     * page, and when it stops or an exchange fails.
     */
    private final class Delivery {

        static final int SAVE_EACH_UP_TO = 512;
        static final int SAVE_STEP_DIVISOR = 64;

        private SyncPosition position;
        private int unsaved;
        private boolean changed;
        private int done;
        private boolean stopped;

        Delivery(SyncPosition position) {
            this.position = position;
        }

        boolean full() {
            return getMaxMessagesPerPoll() > 0 && done >= getMaxMessagesPerPoll();
        }

        void delivered(Change change) {
            position = position.delivered(change.key(), change.updatedAt(), lookback);
            passed(change);
            done++;
            unsaved++;
            statistics.delivered(position.newest());
            int size = position.size();
            // a sweep saves once a page is delivered (and when it stops): a crash may deliver that page again
            if (!position.isSweeping() && (size <= SAVE_EACH_UP_TO || unsaved >= size / SAVE_STEP_DIVISOR)) {
                save();
            }
        }

        void passed(Change change) {
            if (position.isSweeping() && change.index() >= 0) {
                SyncPosition.Sweep sweep = position.sweep();
                position = position.withSweep(sweep.passed(change.createdAt(), change.key(), change.index(),
                        sweep.total()));
            }
            changed = true;
        }

        void movedTo(SyncPosition.Sweep sweep) {
            position = position.withSweep(sweep);
            changed = true;
        }

        void startSweep(FollowScan.Result scan) {
            Instant ceilingAt = scan.newest() == null ? Instant.EPOCH : Change.instant(scan.newest().getUpdatedAt());
            // created_at_max: the second before the newest version, so that nothing created from now on is listed
            // (those are created at or after that newest second) and the list only shrinks; the jobs of the newest
            // second itself are newer than the sweep's floor after it, so the changes that follow it find them
            String ceiling = HrFlowTimestamps.format(ceilingAt.minusSeconds(1));
            LOG.info("Consumer of {} {}: a first sync of more than {} pages to deliver; reading it a page at a time in"
                     + " creation order, up to the {}s created at {} ({} listed in all)",
                    resource.storage(), storageKey, SCAN_BUDGET_PAGES, resource.noun(), ceiling, scan.total());
            position = position.sweepingTo(ceiling, ceilingAt);
            changed = true;
            save();
        }

        void sweepDone() {
            position = position.sweepDone(lookback);
            changed = true;
            save();
        }

        void save() {
            if (changed || unsaved > 0) {
                stateRepository.setState(stateKey, position.toJson());
                unsaved = 0;
                changed = false;
            }
        }
    }

    private Exchange createExchange(Change change) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(change.object());
        message.setHeader(resource.storageHeader(), storageKey);
        message.setHeader(resource.keyHeader(), change.key());
        if (change.object().getReference() != null) {
            message.setHeader(resource.referenceHeader(), change.object().getReference());
        }
        message.setHeader(resource.versionHeader(), change.version());
        return exchange;
    }

    private SyncPosition saved() {
        String saved = stateRepository.getState(stateKey);
        return saved == null ? null : SyncPosition.fromJson(saved, stateKey);
    }

    /** The saved position, else where startFrom says to begin. */
    private SyncPosition load(PageReader reader) throws IOException {
        SyncPosition saved = saved();
        if (saved != null) {
            return saved;
        }
        String startFrom = getEndpoint().getStoring().getStartFrom();
        if (HrFlowStoringOptions.START_FROM_BEGINNING.equals(startFrom)) {
            return SyncPosition.beginning();
        }
        if (HrFlowStoringOptions.START_FROM_NOW.equals(startFrom)) {
            return startNow(reader);
        }
        return SyncPosition.startingAt(OffsetDateTime.parse(startFrom).toInstant());
    }

    /**
     * After the board's newest version (HrFlow's clock, not this machine's: the two may disagree), with the versions
     * inside the lookback counted as delivered: they were on the board before the route started.
     */
    private SyncPosition startNow(PageReader reader) throws IOException {
        FollowScan scan = new FollowScan(reader, listQuery);
        StoredObject newest = scan.newest();
        Instant at = newest == null ? Instant.EPOCH : Change.instant(newest.getUpdatedAt());
        List<String> versions = new ArrayList<>();
        if (newest != null) {
            for (Change change : scan.changesAfter(SyncPosition.startingAt(at.minus(lookback)), Integer.MAX_VALUE)
                    .changes()) {
                versions.add(SyncPosition.version(change.key(), change.updatedAt()));
            }
        }
        SyncPosition start = SyncPosition.after(at, versions, lookback);
        stateRepository.setState(stateKey, start.toJson());
        LOG.info("Consumer of {} {} starts after its newest version, {} ({} versions within the lookback)",
                resource.storage(), storageKey, newest == null ? "none: it is empty" : at, start.window().size());
        return start;
    }

    /** Figures for the dev console and tests. */
    public HrFlowStoringStatistics getStatistics() {
        return statistics;
    }

    /** The board or source this consumer keeps in sync. */
    public String getStorageKey() {
        return storageKey;
    }

    /** Jobs or profiles. */
    public HrFlowResource getResource() {
        return resource;
    }

    public String getStateKey() {
        return stateKey;
    }
}

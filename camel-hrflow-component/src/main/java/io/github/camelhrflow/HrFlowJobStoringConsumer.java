package io.github.camelhrflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import io.github.camelhrflow.BoardChangeScan.Change;
import io.github.camelhrflow.client.HrFlowClient;
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
 * {@code from("hrflow:job-storing?boardKey=...")}: delivers every job of a board, then every job created or updated
 * since, one exchange per job version, oldest change first.
 * <p>
 * Exchanges are processed one after the other, and the watermark (see {@link BoardWatermark}) is saved after each
 * one that completed: a failed exchange ends the batch, and the next poll delivers it again (at least once). With an
 * idempotent consumer on the {@code CamelHrFlowJobVersion} header, exactly once downstream.
 */
public class HrFlowJobStoringConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(HrFlowJobStoringConsumer.class);

    private final String boardKey;
    private final String stateKey;
    private StateRepository<String, String> stateRepository;
    private HrFlowClient client;
    private BoardChangeScan scan;
    private volatile Instant pausedUntil;
    /**
     * Versions the last scan found but the last batch did not deliver (maxMessagesPerPoll, a failed exchange, a stop):
     * the next poll delivers them even when the job changed again meanwhile, so the version is not lost.
     */
    private List<Change> carried = List.of();
    /** The newest version among {@code carried} and the scan that found them: the next scan reads down to it. */
    private Instant horizon;
    private final HrFlowJobStoringStatistics statistics = new HrFlowJobStoringStatistics();

    public HrFlowJobStoringConsumer(HrFlowEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.boardKey = endpoint.getBoardKey();
        String key = endpoint.getStoring().getStateKey();
        this.stateKey = key != null ? key : "hrflow-job-storing:" + boardKey;
        // Camel's batch consumers take maxMessagesPerPoll from their endpoint: ScheduledPollEndpoint has none
        setMaxMessagesPerPoll(endpoint.getStoring().getMaxMessagesPerPoll());
    }

    @Override
    public HrFlowEndpoint getEndpoint() {
        return (HrFlowEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        StateRepository<String, String> configured = endpoint.getStoring().getStateRepository();
        // never a static or component-wide default: each consumer keeps its own position
        stateRepository = configured != null ? configured : new MemoryStateRepository();
        // a FileStateRepository reads its file when started; a bean nobody started would forget the position
        ServiceHelper.startService(stateRepository);
        client = endpoint.getComponent().createClient(endpoint.getConfiguration());
        scan = new BoardChangeScan(client, boardKey, endpoint.getStoring());
        carried = List.of();
        horizon = null;
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        Instant now = Instant.now();
        if (pausedUntil != null && now.isBefore(pausedUntil)) {
            // HrFlow asked for a pause (Retry-After): no request before it ends
            return 0;
        }
        int[] requests = { 0 };
        statistics.pollStarted(now);
        try {
            BoardWatermark watermark = loadWatermark(requests);
            List<Change> changes = withCarried(
                    scan.changesAfter(watermark, carried.isEmpty() ? null : horizon, requests), watermark);
            int max = getMaxMessagesPerPoll() > 0 ? Math.min(getMaxMessagesPerPoll(), changes.size()) : changes.size();
            int done = processBatch(new ArrayDeque<>(changes.subList(0, max)));
            carried = List.copyOf(changes.subList(done, changes.size()));
            horizon = changes.isEmpty() ? null : changes.get(changes.size() - 1).updatedAt();
            return done;
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
            statistics.requests(requests[0]);
        }
    }

    /**
     * The versions carried from the last poll that are still ahead, then the scan's, oldest change first without a
     * sort: the carried ones are in order and the scan, which reads down to the newest of them, returns none older.
     */
    private List<Change> withCarried(List<Change> scanned, BoardWatermark watermark) {
        if (carried.isEmpty()) {
            return scanned;
        }
        Map<String, Change> all = new LinkedHashMap<>();
        for (Change change : carried) {
            if (watermark == null || watermark.isAhead(change.job().getKey(), change.updatedAt())) {
                all.put(change.version(), change);
            }
        }
        for (Change change : scanned) {
            all.putIfAbsent(change.version(), change);
        }
        return new ArrayList<>(all.values());
    }

    /**
     * Delivers the versions in {@code changes} one after the other. The exchange of each is made when its turn comes,
     * so versions a failure or a stop leaves undelivered take none, and pooled exchanges are reused one at a time.
     */
    @Override
    public int processBatch(Queue<Object> changes) throws Exception {
        int total = changes.size();
        int done = 0;
        Position position = new Position(savedWatermark());
        try {
            for (int index = 0; index < total && isBatchAllowed(); index++) {
                Change change = (Change) changes.poll();
                Exchange exchange = createExchange(change);
                exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
                exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
                exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
                pendingExchanges = total - index - 1;
                try {
                    getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                if (exchange.getException() != null) {
                    // the watermark stays before this version: the next poll delivers it again
                    getExceptionHandler().handleException("Delivering job version " + change.version()
                                                          + " of board " + boardKey + " failed; it is delivered"
                                                          + " again at the next poll",
                            exchange, exchange.getException());
                    statistics.failed(exchange.getException());
                    releaseExchange(exchange, false);
                    break;
                }
                position.delivered(change);
                releaseExchange(exchange, false);
                done++;
            }
        } finally {
            position.save();
            pendingExchanges = 0;
        }
        return done;
    }

    /**
     * The watermark while a batch runs. It is saved after each completed exchange, except while many jobs share its
     * second: its JSON then holds all their keys, and saving it after each of them would cost the square of their
     * number; it is then saved every keys/64 exchanges and when the batch ends (a crash may deliver those again).
     */
    private final class Position {

        private Instant at;
        private final Set<String> keysAt = new LinkedHashSet<>();
        private int unsaved;

        Position(BoardWatermark saved) {
            if (saved != null) {
                at = saved.at();
                keysAt.addAll(saved.keysAt());
            }
        }

        void delivered(Change change) {
            int c = at == null ? 1 : change.updatedAt().compareTo(at);
            if (c > 0) {
                at = change.updatedAt();
                keysAt.clear();
            }
            if (c >= 0) {
                keysAt.add(change.job().getKey());
            }
            unsaved++;
            statistics.delivered(at);
            if (keysAt.size() <= 512 || unsaved >= keysAt.size() / 64) {
                save();
            }
        }

        void save() {
            if (unsaved > 0) {
                stateRepository.setState(stateKey, new BoardWatermark(at, keysAt).toJson());
                unsaved = 0;
            }
        }
    }

    private Exchange createExchange(Change change) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(change.job());
        message.setHeader(HrFlowConstants.BOARD_KEY, boardKey);
        message.setHeader(HrFlowConstants.JOB_KEY, change.job().getKey());
        if (change.job().getReference() != null) {
            message.setHeader(HrFlowConstants.JOB_REFERENCE, change.job().getReference());
        }
        message.setHeader(HrFlowConstants.JOB_VERSION, change.version());
        return exchange;
    }

    private BoardWatermark savedWatermark() {
        String saved = stateRepository.getState(stateKey);
        return saved == null ? null : BoardWatermark.fromJson(saved, stateKey);
    }

    /** The saved position, else where startFrom says to begin; {@code null}: from the beginning. */
    private BoardWatermark loadWatermark(int[] requests) throws Exception {
        BoardWatermark saved = savedWatermark();
        if (saved != null) {
            return saved;
        }
        String startFrom = getEndpoint().getStoring().getStartFrom();
        if (HrFlowJobStoringOptions.START_FROM_BEGINNING.equals(startFrom)) {
            return null;
        }
        if (HrFlowJobStoringOptions.START_FROM_NOW.equals(startFrom)) {
            // the newest version HrFlow holds, not this machine's clock: the two may disagree
            Instant newest = scan.newest(requests);
            BoardWatermark start = BoardWatermark.startingAt(newest == null ? Instant.EPOCH : newest);
            for (Change change : scan.changesAfter(start, requests)) {
                start = start.after(change.job().getKey(), change.updatedAt());
            }
            stateRepository.setState(stateKey, start.toJson());
            LOG.info("Consumer of board {} starts after its newest version, {} ({} jobs share that second)",
                    boardKey, start.at(), start.keysAt().size());
            return start;
        }
        return BoardWatermark.startingAt(OffsetDateTime.parse(startFrom).toInstant());
    }

    /** Figures for the dev console and tests. */
    public HrFlowJobStoringStatistics getStatistics() {
        return statistics;
    }

    public String getBoardKey() {
        return boardKey;
    }

    public String getStateKey() {
        return stateKey;
    }
}

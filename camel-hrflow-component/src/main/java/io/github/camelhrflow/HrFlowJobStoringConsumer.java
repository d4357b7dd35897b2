package io.github.camelhrflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import io.github.camelhrflow.BoardChangeScan.Change;
import io.github.camelhrflow.client.HrFlowClient;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
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
    private final HrFlowJobStoringStatistics statistics = new HrFlowJobStoringStatistics();

    public HrFlowJobStoringConsumer(HrFlowEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.boardKey = endpoint.getBoardKey();
        String key = endpoint.getStoring().getStateKey();
        this.stateKey = key != null ? key : "hrflow-job-storing:" + boardKey;
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
        client = endpoint.getComponent().createClient(endpoint.getConfiguration());
        scan = new BoardChangeScan(client, boardKey, endpoint.getStoring());
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
            List<Change> changes = scan.changesAfter(watermark, requests);
            Queue<Object> exchanges = new ArrayDeque<>(changes.size());
            int max = getMaxMessagesPerPoll() > 0 ? Math.min(getMaxMessagesPerPoll(), changes.size()) : changes.size();
            for (int i = 0; i < max; i++) {
                exchanges.add(new Delivery(createExchange(changes.get(i)), changes.get(i)));
            }
            return processBatch(exchanges);
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

    private record Delivery(Exchange exchange, Change change) {
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int done = 0;
        BoardWatermark watermark = savedWatermark();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Delivery delivery = (Delivery) exchanges.poll();
            Exchange exchange = delivery.exchange();
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
                getExceptionHandler().handleException("Delivering job version " + delivery.change().version()
                                                      + " of board " + boardKey + " failed; it is delivered again"
                                                      + " at the next poll",
                        exchange, exchange.getException());
                statistics.failed(exchange.getException());
                releaseExchange(exchange, false);
                break;
            }
            watermark = watermark == null
                    ? BoardWatermark.startingAt(delivery.change().updatedAt()).after(delivery.change().job().getKey(),
                            delivery.change().updatedAt())
                    : watermark.after(delivery.change().job().getKey(), delivery.change().updatedAt());
            stateRepository.setState(stateKey, watermark.toJson());
            statistics.delivered(watermark);
            releaseExchange(exchange, false);
            done++;
        }
        pendingExchanges = 0;
        return done;
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

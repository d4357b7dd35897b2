package io.github.camelhrflow.producer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.HrFlowParsingOptions;
import io.github.camelhrflow.HrFlowParsingTimeoutException;
import io.github.camelhrflow.HrFlowProfileNotFoundException;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.ParsingUpload;
import io.github.camelhrflow.client.ProfileLookup;
import io.github.camelhrflow.model.Profile;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * {@code hrflow:profile-parsing}: uploads the body's CV file to {@code POST /profile/parsing/file} and puts the parsed
 * profile in the body.
 * <p>
 * Asynchronous: the route's thread only reads the message; the HTTP calls (the check for an existing profile, the
 * upload, each question whether a profile parsed in the background exists yet) run on a small worker pool, and the
 * waits between those questions are scheduled, not slept. At most {@code maxConcurrentParsing} files per endpoint are
 * uploaded or waited for at once; the others wait in the endpoint's {@link ParsingGate}, holding no thread.
 */
public class HrFlowProfileParsingProducer extends DefaultAsyncProducer {

    /** At most this many threads per producer make blocking HTTP calls; waits hold none. */
    static final int MAX_WORKERS = 8;
    /** HrFlow's answer to a reference the source holds or parses already (captured for indexing, assumed here). */
    private static final String REFERENCE_USED = "Already used";

    private final HrFlowEndpoint endpoint;
    private final HrFlowParsingOptions options;
    private final Set<Parse> active = ConcurrentHashMap.newKeySet();
    private HrFlowClient client;
    private ExecutorService workers;
    private ScheduledExecutorService scheduler;

    public HrFlowProfileParsingProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.options = endpoint.getParsing();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = endpoint.getComponent().createClient(endpoint.getConfiguration());
        ExecutorServiceManager executors = endpoint.getCamelContext().getExecutorServiceManager();
        workers = executors.newFixedThreadPool(this, "HrFlowParsing",
                Math.min(MAX_WORKERS, options.getMaxConcurrentParsing()));
        scheduler = executors.newSingleThreadScheduledExecutor(this, "HrFlowParsingWait");
    }

    @Override
    protected void doStop() throws Exception {
        ExecutorServiceManager executors = endpoint.getCamelContext().getExecutorServiceManager();
        executors.shutdownNow(scheduler);
        executors.shutdownNow(workers);
        // every exchange still in flight ends, so that no caller waits forever
        for (Parse parse : Set.copyOf(active)) {
            parse.fail(new IllegalStateException("The hrflow:profile-parsing producer stopped before HrFlow parsed "
                                                 + parse.file.name() + " (reference " + parse.reference + ")."));
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        // what an earlier call left must not describe this one, nor pace its redelivery
        message.removeHeader(HrFlowConstants.RESPONSE_CODE);
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        message.removeHeader(HrFlowConstants.PARSING_RESULT);
        Parse parse;
        try {
            parse = new Parse(exchange, callback);
        } catch (RuntimeException e) {
            // invalid options, headers or body: refused before any request
            endpoint.getProducerStatistics().recordNotSent();
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        active.add(parse);
        endpoint.getParsingGate().submit(parse::start, options.getMaxConcurrentParsing());
        return false;
    }

    /** One file on its way: read on the route's thread, then moved on by workers and the scheduler. */
    private final class Parse {

        private final Exchange exchange;
        private final AsyncCallback callback;
        private final AtomicBoolean done = new AtomicBoolean();
        private final String sourceKey;
        private final CvFile file;
        private final String tags;
        private final String metadatas;
        private final String labels;
        private String reference;
        private long deadline;

        Parse(Exchange exchange, AsyncCallback callback) {
            this.exchange = exchange;
            this.callback = callback;
            Message message = exchange.getMessage();
            sourceKey = message.getHeader(HrFlowConstants.SOURCE_KEY, endpoint.getSourceKey(), String.class);
            if (sourceKey == null || sourceKey.isBlank()) {
                throw new IllegalArgumentException("No source to parse the CV into: set the sourceKey option of "
                                                   + endpoint.getApi().uri() + " or the "
                                                   + HrFlowConstants.SOURCE_KEY + " header.");
            }
            String given = message.getHeader(HrFlowConstants.PROFILE_REFERENCE, endpoint.getReference(),
                    String.class);
            reference = given == null || given.isBlank() ? null : given;
            tags = jsonText(message, HrFlowConstants.PROFILE_TAGS, options.getTags());
            metadatas = jsonText(message, HrFlowConstants.PROFILE_METADATAS, options.getMetadatas());
            labels = jsonText(message, HrFlowConstants.PROFILE_LABELS, options.getLabels());
            file = CvFile.of(exchange);
        }

        /** Called by the gate once a permit is free: hands the blocking part to a worker. */
        void start() {
            work(this::upload);
        }

        private void upload() throws Exception {
            file.prepare(reference == null);
            if (reference == null) {
                reference = file.sha256();
            }
            if (options.isSkipExisting()) {
                try {
                    HrFlowResponse<Profile> existing = client.getProfile(ProfileLookup.byReference(sourceKey,
                            reference));
                    finish("existing", existing.statusCode(), existing.data());
                    return;
                } catch (HrFlowProfileNotFoundException notYet) {
                    // the usual case: upload it
                }
            }
            HrFlowResponse<Profile> answer;
            try {
                answer = client.parse(new ParsingUpload(sourceKey, file.name(), file.contentType(), file.path(),
                        file.bytes(), reference, options.isSyncParsing(), tags, metadatas, labels));
            } catch (HrFlowApiException e) {
                if (e.getStatusCode() != 400 || e.getHrFlowMessage() == null
                    || !e.getHrFlowMessage().contains(REFERENCE_USED)) {
                    throw e;
                }
                // the source holds or parses a profile with this reference already (an earlier attempt's upload)
                await(e.getStatusCode());
                return;
            }
            if (answer.data() != null) {
                finish("parsed", answer.statusCode(), answer.data());
            } else {
                await(answer.statusCode());
            }
        }

        private void await(int statusCode) {
            if (!options.isAwaitProfile()) {
                finish("queued", statusCode, null);
                return;
            }
            deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(options.getAwaitTimeout());
            later(statusCode);
        }

        private void later(int statusCode) {
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                scheduler.schedule(() -> work(() -> check(statusCode)),
                        Math.max(0, Math.min(options.getAwaitInterval(), remaining)), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                fail(stopped(e));
            }
        }

        private void check(int statusCode) throws Exception {
            try {
                HrFlowResponse<Profile> found = client.getProfile(ProfileLookup.byReference(sourceKey, reference));
                finish(statusCode == 400 ? "existing" : "parsed", found.statusCode(), found.data());
            } catch (HrFlowProfileNotFoundException notYet) {
                if (System.nanoTime() - deadline >= 0) {
                    fail(new HrFlowParsingTimeoutException("HrFlow accepted the CV file " + file.name()
                                                           + " for parsing in the background, but no profile with"
                                                           + " the reference " + reference + " appeared in the"
                                                           + " source " + sourceKey + " within awaitTimeout="
                                                           + options.getAwaitTimeout() + " ms. The profile may"
                                                           + " still come: get it by this reference later, or"
                                                           + " raise awaitTimeout.",
                            statusCode, reference));
                } else {
                    later(statusCode);
                }
            }
        }

        /** Runs a blocking step on a worker; any failure ends the exchange. */
        private void work(Step step) {
            try {
                workers.execute(() -> {
                    try {
                        step.run();
                    } catch (Exception | Error e) {
                        fail(e);
                    }
                });
            } catch (RejectedExecutionException e) {
                fail(stopped(e));
            }
        }

        private IllegalStateException stopped(Exception e) {
            return new IllegalStateException("The hrflow:profile-parsing producer is stopped: " + file.name()
                                             + " was not parsed. Start its route again before sending.",
                    e);
        }

        private void finish(String result, int statusCode, Profile profile) {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            Message message = exchange.getMessage();
            message.setBody(profile);
            if (profile != null && profile.getKey() != null) {
                message.setHeader(HrFlowConstants.PROFILE_KEY, profile.getKey());
            } else {
                message.removeHeader(HrFlowConstants.PROFILE_KEY);
            }
            message.setHeader(HrFlowConstants.PROFILE_REFERENCE, reference);
            message.setHeader(HrFlowConstants.PARSING_RESULT, result);
            message.setHeader(HrFlowConstants.RESPONSE_CODE, statusCode);
            endpoint.getProducerStatistics().record(statusCode, false);
            end();
        }

        void fail(Throwable e) {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            Message message = exchange.getMessage();
            if (reference != null) {
                message.setHeader(HrFlowConstants.PROFILE_REFERENCE, reference);
            }
            Integer statusCode = null;
            if (e instanceof HrFlowApiException api) {
                statusCode = api.getStatusCode();
                message.setHeader(HrFlowConstants.RESPONSE_CODE, statusCode);
                if (api.getRetryAfter() != null) {
                    // the error handler reads this header, so a plain maximumRedeliveries(n) waits as HrFlow asked
                    long delay = api.getRetryAfter().toMillis();
                    long max = endpoint.getConfiguration().getMaxRetryAfter();
                    message.setHeader(Exchange.REDELIVERY_DELAY, max > 0 ? Math.min(delay, max) : delay);
                }
            }
            endpoint.getProducerStatistics().record(statusCode, true);
            exchange.setException(e);
            end();
        }

        private void end() {
            file.release();
            active.remove(this);
            // the next file starts before this exchange goes on through its route
            endpoint.getParsingGate().release(options.getMaxConcurrentParsing());
            callback.done(false);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** A header's JSON: text as it is, anything else (a List, a Map) written as JSON; else the option. */
    private static String jsonText(Message message, String header, String option) {
        Object value = message.getHeader(header);
        if (value == null) {
            return option;
        }
        if (value instanceof String text) {
            return text;
        }
        try {
            return HrFlowJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The header " + header + " cannot be written as JSON: "
                                               + e.getOriginalMessage(),
                    e);
        }
    }
}

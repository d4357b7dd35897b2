package io.github.camelhrflow;

import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.consumer.HrFlowStoringConsumer;
import io.github.camelhrflow.producer.HrFlowArchiveProducer;
import io.github.camelhrflow.producer.HrFlowEditProducer;
import io.github.camelhrflow.producer.HrFlowGetProducer;
import io.github.camelhrflow.producer.HrFlowIndexProducer;
import io.github.camelhrflow.producer.HrFlowProfileParsingProducer;
import io.github.camelhrflow.producer.HrFlowStoringProducer;
import io.github.camelhrflow.producer.HrFlowUpsertProducer;
import io.github.camelhrflow.producer.ParsingGate;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Get, write and list HrFlow.ai jobs and profiles, and keep a board or a source in sync.
 * <p>
 * {@code hrflow:job-indexing?boardKey=...&key=...} puts the job on the exchange as an
 * {@link io.github.camelhrflow.model.Job}; its {@code operation} option writes jobs instead.
 * {@code to("hrflow:job-storing?boardKey=...")} streams a whole board, {@code from("hrflow:job-storing?...")} delivers
 * every job of a board, then every change. {@code hrflow:profile-indexing?sourceKey=...} and
 * {@code hrflow:profile-storing?sourceKey=...} do the same with the profiles of a source. The producer is picked from
 * the API and the operation; every producer is written once, over the API's resource.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "hrflow", title = "HrFlow.ai", syntax = "hrflow:api",
             category = { Category.SAAS, Category.API }, headersClass = HrFlowConstants.class)
public class HrFlowEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    static final long DEFAULT_CONSUMER_DELAY = 60000;
    private static final Logger LOG = LoggerFactory.getLogger(HrFlowEndpoint.class);

    // no enums here: the catalog lists the values of HrFlowApi (their toString is the path)
    @UriPath(description = "The HrFlow API. job-indexing: one job of a board (GET, POST, PUT /v1/job/indexing, PATCH"
                           + " /v1/job/indexing/archive), chosen by operation. job-storing: the jobs of a board (GET"
                           + " /v1/storing/jobs), as a stream to split (producer) or kept in sync (consumer)."
                           + " profile-indexing and profile-storing: the same for the profiles of a source"
                           + " (/v1/profile/indexing, /v1/storing/profiles). profile-parsing: a CV file in, a"
                           + " profile out (POST /v1/profile/parsing/file).")
    @Metadata(required = true)
    private final HrFlowApi api;

    @UriParam
    private final HrFlowConfiguration configuration;

    @UriParam
    private final HrFlowStoringOptions storing = new HrFlowStoringOptions();

    @UriParam
    private final HrFlowParsingOptions parsing = new HrFlowParsingOptions();

    // the label words job, profile, indexing, storing and consumer say which APIs an option serves (HrFlowApiOptions)
    @UriParam(label = "common,job",
              description = "job-indexing and job-storing: the key of the board. The CamelHrFlowBoardKey header"
                            + " overrides it for the producer; for writes, the body job's board_key is used when"
                            + " neither is set.")
    private String boardKey;

    @UriParam(label = "common,profile",
              description = "profile-indexing, profile-storing and profile-parsing: the key of the source (profiles"
                            + " are kept in sources as jobs are in boards). The CamelHrFlowSourceKey header overrides it for the"
                            + " producer; for writes, the body profile's source_key is used when neither is set.")
    private String sourceKey;

    @UriParam(label = "producer,indexing",
              description = "job-indexing, profile-indexing: the key of the job or profile. A key or reference header"
                            + " (CamelHrFlowJobKey, CamelHrFlowJobReference; CamelHrFlowProfileKey,"
                            + " CamelHrFlowProfileReference), when present, identifies it instead. Cannot be set"
                            + " together with reference.")
    private String key;

    @UriParam(label = "producer,indexing,parsing",
              description = "job-indexing, profile-indexing: the reference of the job or profile (the customer's id"
                            + " of it, unique in its board or source). A key or reference header, when present,"
                            + " identifies it instead. Cannot be set together with key. profile-parsing: the"
                            + " reference of the profile made from the file; the CamelHrFlowProfileReference header"
                            + " overrides it; without either, the SHA-256 of the file's bytes in lowercase hex.")
    private String reference;

    @UriParam(label = "producer,indexing", defaultValue = "get",
              description = "job-indexing, profile-indexing: what to do. get: the job or profile, by key or"
                            + " reference. index: create the body's. edit: replace the whole job or profile with the"
                            + " body's. archive: archive it. upsert: edit the one with the body's reference, or"
                            + " create it when there is none (safe to retry, unlike index).")
    private HrFlowOperation operation = HrFlowOperation.get;

    @UriParam(label = "producer,indexing", defaultValue = "true",
              description = "job-indexing, profile-indexing: whether a job or profile that HrFlow cannot find fails"
                            + " the exchange with HrFlowJobNotFoundException or HrFlowProfileNotFoundException."
                            + " false: get sets a null body, edit and archive leave the body as it was, and the"
                            + " CamelHrFlowResponseCode header tells what happened. A board or source that HrFlow"
                            + " cannot find always fails (HrFlowBoardNotFoundException,"
                            + " HrFlowSourceNotFoundException).")
    private boolean throwExceptionOnNotFound = true;

    // declared here only to document the consumer's own default (Camel's generic one is 500 ms)
    @UriParam(label = "consumer,scheduler", defaultValue = "60000", javaType = "long",
              description = "job-storing, profile-storing consumer: milliseconds between two polls of the board or"
                            + " source. Each poll costs one request when nothing changed.")
    private long delay = DEFAULT_CONSUMER_DELAY;

    private final AtomicBoolean headerOverrideWarned = new AtomicBoolean();
    private final HrFlowProducerStatistics producerStatistics = new HrFlowProducerStatistics();
    /** profile-parsing: the files in flight, shared by every producer of this endpoint. */
    private final ParsingGate parsingGate = new ParsingGate();

    public HrFlowEndpoint(String uri, HrFlowComponent component, HrFlowApi api, HrFlowConfiguration configuration) {
        super(uri, component);
        this.api = api;
        this.configuration = configuration;
        super.setDelay(DEFAULT_CONSUMER_DELAY);
    }

    @Override
    public HrFlowComponent getComponent() {
        return (HrFlowComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (api.kind() == HrFlowApi.Kind.STORING) {
            return new HrFlowStoringProducer(this);
        }
        if (api.kind() == HrFlowApi.Kind.PARSING) {
            return new HrFlowProfileParsingProducer(this);
        }
        return switch (operation) {
            case get -> new HrFlowGetProducer(this);
            case index -> new HrFlowIndexProducer(this);
            case edit -> new HrFlowEditProducer(this);
            case archive -> new HrFlowArchiveProducer(this);
            case upsert -> new HrFlowUpsertProducer(this);
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        HrFlowResource resource = api.resource();
        if (!api.consumes()) {
            HrFlowApi storing = HrFlowApi.of(resource, HrFlowApi.Kind.STORING);
            throw new IllegalArgumentException(api.uri() + " only sends requests (use it in to(...)); to receive the "
                                               + resource.noun() + "s of a " + resource.storage()
                                               + " as they change, use from(\"" + storing.uri() + "?"
                                               + resource.storageOption() + "=...\").");
        }
        if (getStorageKey() == null) {
            throw new IllegalArgumentException("The option " + resource.storageOption() + " is required to consume "
                                               + api.uri() + ": name the " + resource.storage() + " to keep in sync,"
                                               + " e.g. " + api.uri() + "?" + resource.storageOption() + "={{hrflow."
                                               + resource.storage() + "}}.");
        }
        storing.validateForConsumer();
        HrFlowStoringConsumer consumer = new HrFlowStoringConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** Fails fast, at endpoint creation, on configuration that could only fail every message later. */
    void validate() {
        configuration.validate(api.uri());
        // "reference is blank" says more than "both are set" for key=k&reference=
        rejectBlank(key, "key");
        rejectBlank(reference, "reference");
        rejectBlank(boardKey, "boardKey");
        rejectBlank(sourceKey, "sourceKey");
        if (key != null && reference != null) {
            throw new IllegalArgumentException("The options key and reference of " + getEndpointBaseUri()
                                               + " are both set: a " + api.resource().noun() + " is identified by"
                                               + " one of them, remove the other.");
        }
        if (api.kind() == HrFlowApi.Kind.STORING) {
            storing.validate();
        }
        if (api.kind() == HrFlowApi.Kind.PARSING) {
            parsing.validate();
        }
    }

    private static void rejectBlank(String value, String option) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("The option " + option + " is blank: give a value or leave it out.");
        }
    }

    /**
     * Logs once per endpoint that a key or reference header replaced the endpoint's own key or reference: a header
     * left by an earlier step must not silently change which job or profile a call touches.
     */
    public void warnHeaderOverrideOnce(String header) {
        if ((key != null || reference != null) && headerOverrideWarned.compareAndSet(false, true)) {
            String pattern = "CamelHrFlow" + api.resource().title() + "*";
            LOG.warn("The header {} overrides the {} option of {}; if an earlier hrflow call left it, remove the"
                     + " headers {} before this call (removeHeaders with the pattern {}). Logged once per endpoint.",
                    header, key != null ? "key" : "reference", getEndpointBaseUri(), pattern, pattern);
        }
    }

    @Override
    public long getDelay() {
        return delay;
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    /** The calls of this endpoint's producers, for the dev console. */
    public HrFlowProducerStatistics getProducerStatistics() {
        return producerStatistics;
    }

    public HrFlowApi getApi() {
        return api;
    }

    public HrFlowConfiguration getConfiguration() {
        return configuration;
    }

    public HrFlowStoringOptions getStoring() {
        return storing;
    }

    public String getBoardKey() {
        return boardKey;
    }

    /** The board or source this endpoint's API is about: {@code boardKey} for jobs, {@code sourceKey} for profiles. */
    public String getStorageKey() {
        // a switch over every resource: a new one fails to compile here until it has its option
        return switch (api.resource()) {
            case JOB -> boardKey;
            case PROFILE -> sourceKey;
        };
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    public HrFlowParsingOptions getParsing() {
        return parsing;
    }

    public ParsingGate getParsingGate() {
        return parsingGate;
    }

    public void setBoardKey(String boardKey) {
        this.boardKey = boardKey;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public HrFlowOperation getOperation() {
        return operation;
    }

    public void setOperation(HrFlowOperation operation) {
        this.operation = operation;
    }

    public boolean isThrowExceptionOnNotFound() {
        return throwExceptionOnNotFound;
    }

    public void setThrowExceptionOnNotFound(boolean throwExceptionOnNotFound) {
        this.throwExceptionOnNotFound = throwExceptionOnNotFound;
    }
}

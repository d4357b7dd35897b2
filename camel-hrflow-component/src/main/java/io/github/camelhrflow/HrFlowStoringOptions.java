package io.github.camelhrflow;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of {@code hrflow:job-storing} and {@code hrflow:profile-storing}: how to page through a board or source,
 * and where the consumer keeps its place. Their labels carry the word storing: they serve those APIs only.
 */
@UriParams
public class HrFlowStoringOptions {

    /** The {@code startFrom} value that delivers every job of the board first. */
    public static final String START_FROM_BEGINNING = "beginning";
    /** How far behind its newest change a consumer reads again by default: a minute. */
    public static final long DEFAULT_LOOKBACK_MS = 60_000;
    /** The {@code startFrom} value that delivers only the changes after the route starts. */
    public static final String START_FROM_NOW = "now";

    @UriParam(label = "common,storing", defaultValue = "30",
              description = "Jobs or profiles per request to HrFlow (HrFlow's limit parameter).")
    private int pageSize = 30;

    @UriParam(label = "producer,storing", enums = "created_at,updated_at",
              description = "Producer: the field HrFlow sorts the jobs or profiles by (HrFlow's default: created_at).")
    private String sortBy;

    @UriParam(label = "producer,storing", enums = "asc,desc",
              description = "Producer: the order of the jobs or profiles (HrFlow's default: desc).")
    private String orderBy;

    @UriParam(label = "producer,storing",
              description = "Producer: only jobs or profiles created at or after this time (HrFlow's created_at_min, e.g."
                            + " 2024-01-31).")
    private String createdAtMin;

    @UriParam(label = "producer,storing",
              description = "Producer: only jobs or profiles created at or before this time (HrFlow's created_at_max).")
    private String createdAtMax;

    @UriParam(label = "producer,storing",
              description = "Producer: only jobs or profiles whose name matches (HrFlow's name filter).")
    private String name;

    @UriParam(label = "consumer,storing", defaultValue = START_FROM_BEGINNING,
              description = "Consumer: where a consumer with no saved position starts. beginning: the first poll"
                            + " delivers every job of the board (every profile of the source); now: only those"
                            + " created or updated after the route starts; an ISO-8601 time such as"
                            + " 2024-01-31T00:00:00Z: those updated at or after it.")
    private String startFrom = START_FROM_BEGINNING;

    @UriParam(label = "consumer,storing",
              description = "Consumer: where the consumer keeps its position (the watermark), an"
                            + " org.apache.camel.spi.StateRepository bean (of String keys and values) such as Camel's"
                            + " FileStateRepository (one node) or a shared database one (several nodes). Default:"
                            + " in memory, so a restart starts again from startFrom.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,storing",
              description = "Consumer: the key of the position in the stateRepository. Default:"
                            + " hrflow-job-storing: followed by the boardKey (hrflow-profile-storing: followed by the"
                            + " sourceKey). Give each route its own when two routes read one board or source.")
    private String stateKey;

    @UriParam(label = "consumer,storing", defaultValue = "60000", javaType = "long",
              description = "Consumer: milliseconds behind the newest delivered change that each poll reads again,"
                            + " to deliver the versions HrFlow lists late (it indexes writes asynchronously, so a"
                            + " version can be listed seconds after its updated_at, behind versions written later)."
                            + " Every version listed no later than lookback after its updated_at is delivered, once:"
                            + " the versions delivered within the lookback are kept with the position. Costs the"
                            + " pages of the changes made within the lookback, read again at each poll. 0: none.")
    private long lookback = DEFAULT_LOOKBACK_MS;

    @UriParam(label = "consumer,storing",
              description = "Consumer: at most this many job or profile versions per poll (0: no limit); the later polls"
                            + " deliver the rest, oldest change first.")
    private int maxMessagesPerPoll;

    void validate() {
        if (pageSize < 1) {
            throw new IllegalArgumentException("The option pageSize is " + pageSize + ": it must be at least 1"
                                               + " (a value that is not a number counts as 0).");
        }
        if (maxMessagesPerPoll < 0) {
            throw new IllegalArgumentException("The option maxMessagesPerPoll is " + maxMessagesPerPoll + ": use 0"
                                               + " for no limit, or a positive number.");
        }
        if (lookback < 0) {
            throw new IllegalArgumentException("The option lookback is " + lookback + ": give the milliseconds a"
                                               + " poll reads again behind its newest change (default "
                                               + DEFAULT_LOOKBACK_MS + "), or 0 for none.");
        }
        oneOf("sortBy", sortBy, "created_at", "updated_at");
        oneOf("orderBy", orderBy, "asc", "desc");
        if (stateKey != null && stateKey.isBlank()) {
            throw new IllegalArgumentException("The option stateKey is blank: give a value or leave it out.");
        }
        if (!START_FROM_BEGINNING.equals(startFrom) && !START_FROM_NOW.equals(startFrom)) {
            try {
                OffsetDateTime.parse(startFrom);
            } catch (DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException("The option startFrom is '" + startFrom + "': use beginning,"
                                                   + " now, or an ISO-8601 time with its offset such as"
                                                   + " 2024-01-31T00:00:00Z.");
            }
        }
    }

    /** The consumer reads newest change first whatever the URI says: an order there would be silently ignored. */
    void validateForConsumer() {
        for (String[] option : new String[][] { { "sortBy", sortBy }, { "orderBy", orderBy } }) {
            if (option[1] != null) {
                throw new IllegalArgumentException("The option " + option[0] + " is for the producer: the consumer"
                                                   + " always reads by updated_at, newest first, and delivers oldest"
                                                   + " change first. Remove " + option[0] + " from the consumer's"
                                                   + " URI.");
            }
        }
    }

    private static void oneOf(String option, String value, String... allowed) {
        if (value == null) {
            return;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return;
            }
        }
        throw new IllegalArgumentException("The option " + option + " is '" + value + "': use "
                                           + String.join(" or ", allowed) + ".");
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getSortBy() {
        return sortBy;
    }

    public void setSortBy(String sortBy) {
        this.sortBy = sortBy;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getCreatedAtMin() {
        return createdAtMin;
    }

    public void setCreatedAtMin(String createdAtMin) {
        this.createdAtMin = createdAtMin;
    }

    public String getCreatedAtMax() {
        return createdAtMax;
    }

    public void setCreatedAtMax(String createdAtMax) {
        this.createdAtMax = createdAtMax;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }
}

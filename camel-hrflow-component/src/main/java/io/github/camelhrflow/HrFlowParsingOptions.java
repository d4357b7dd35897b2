package io.github.camelhrflow;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of {@code hrflow:profile-parsing}: what goes with the file, and how long and how many files at once the
 * producer waits for HrFlow to parse them.
 */
@UriParams
public class HrFlowParsingOptions {

    public static final long DEFAULT_AWAIT_INTERVAL = 3000;
    public static final long DEFAULT_AWAIT_TIMEOUT = 120000;
    public static final int DEFAULT_MAX_CONCURRENT_PARSING = 16;

    @UriParam(label = "producer,parsing", defaultValue = "true",
              description = "profile-parsing: before uploading, ask HrFlow whether the source already holds a profile"
                            + " with the file's reference; if it does, that profile is the result and nothing is"
                            + " uploaded (CamelHrFlowParsingResult existing). So a redelivered exchange or a file"
                            + " dropped twice never makes a second profile.")
    private boolean skipExisting = true;

    @UriParam(label = "producer,parsing", defaultValue = "true",
              description = "profile-parsing: when HrFlow parses the file in the background (it answers 202), wait"
                            + " for the profile to appear in the source and put it in the body. false: the body is"
                            + " null and CamelHrFlowParsingResult is queued.")
    private boolean awaitProfile = true;

    @UriParam(label = "producer,parsing", defaultValue = "3000", javaType = "long",
              description = "profile-parsing: milliseconds between two questions to HrFlow whether the profile of a"
                            + " file parsed in the background exists yet. The wait holds no thread.")
    private long awaitInterval = DEFAULT_AWAIT_INTERVAL;

    @UriParam(label = "producer,parsing", defaultValue = "120000", javaType = "long",
              description = "profile-parsing: milliseconds to wait for a profile parsed in the background before the"
                            + " exchange fails with HrFlowParsingTimeoutException naming the reference. The profile"
                            + " may still come; a redelivery does not upload the file again.")
    private long awaitTimeout = DEFAULT_AWAIT_TIMEOUT;

    @UriParam(label = "producer,parsing", defaultValue = "false",
              description = "profile-parsing: ask HrFlow to parse the file at once (sync_parsing=1); the source must"
                            + " allow real-time parsing, which HrFlow activates on request.")
    private boolean syncParsing;

    @UriParam(label = "producer,parsing", defaultValue = "16",
              description = "profile-parsing: at most this many files are uploaded or waited for at once per"
                            + " endpoint; the others wait their turn in a queue, holding no thread.")
    private int maxConcurrentParsing = DEFAULT_MAX_CONCURRENT_PARSING;

    @UriParam(label = "producer,parsing",
              description = "profile-parsing: the tags of every profile, a JSON array such as"
                            + " [{\"name\":\"origin\",\"value\":\"inbox\"}]. The CamelHrFlowProfileTags header"
                            + " overrides it.")
    private String tags;

    @UriParam(label = "producer,parsing",
              description = "profile-parsing: the metadatas of every profile, a JSON array of name and value"
                            + " objects. The CamelHrFlowProfileMetadatas header overrides it.")
    private String metadatas;

    @UriParam(label = "producer,parsing",
              description = "profile-parsing: the labels of every profile, a JSON array. The CamelHrFlowProfileLabels"
                            + " header overrides it.")
    private String labels;

    /** Fails at endpoint creation on values that could only fail, or hang, every message. */
    void validate() {
        if (awaitInterval < 1) {
            throw new IllegalArgumentException("The option awaitInterval must be at least 1 (milliseconds), got "
                                               + awaitInterval + ".");
        }
        if (awaitTimeout < 1) {
            throw new IllegalArgumentException("The option awaitTimeout must be at least 1 (milliseconds), got "
                                               + awaitTimeout + ".");
        }
        if (maxConcurrentParsing < 1) {
            throw new IllegalArgumentException("The option maxConcurrentParsing must be at least 1, got "
                                               + maxConcurrentParsing + ".");
        }
    }

    public boolean isSkipExisting() {
        return skipExisting;
    }

    public void setSkipExisting(boolean skipExisting) {
        this.skipExisting = skipExisting;
    }

    public boolean isAwaitProfile() {
        return awaitProfile;
    }

    public void setAwaitProfile(boolean awaitProfile) {
        this.awaitProfile = awaitProfile;
    }

    public long getAwaitInterval() {
        return awaitInterval;
    }

    public void setAwaitInterval(long awaitInterval) {
        this.awaitInterval = awaitInterval;
    }

    public long getAwaitTimeout() {
        return awaitTimeout;
    }

    public void setAwaitTimeout(long awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public boolean isSyncParsing() {
        return syncParsing;
    }

    public void setSyncParsing(boolean syncParsing) {
        this.syncParsing = syncParsing;
    }

    public int getMaxConcurrentParsing() {
        return maxConcurrentParsing;
    }

    public void setMaxConcurrentParsing(int maxConcurrentParsing) {
        this.maxConcurrentParsing = maxConcurrentParsing;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getMetadatas() {
        return metadatas;
    }

    public void setMetadatas(String metadatas) {
        this.metadatas = metadatas;
    }

    public String getLabels() {
        return labels;
    }

    public void setLabels(String labels) {
        this.labels = labels;
    }
}

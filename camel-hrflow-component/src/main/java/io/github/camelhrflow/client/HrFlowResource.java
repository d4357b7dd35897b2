package io.github.camelhrflow.client;

import java.time.Duration;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowBoardNotFoundException;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.HrFlowProfileNotFoundException;
import io.github.camelhrflow.HrFlowSourceNotFoundException;

/**
 * The kinds of object HrFlow keeps, each in its own kind of storage: jobs in boards, profiles in sources. What a call
 * needs to know of the kind it is about, as data: where HrFlow indexes it, how its storage is named on the wire, and
 * what its "not found" answers become.
 */
enum HrFlowResource {

    JOB("job", "/job/indexing", "board", "board_key", "boardKey", "CamelHrFlowBoardKey", "CamelHrFlowJobKey",
            "CamelHrFlowJobReference", HrFlowBoardNotFoundException::new, HrFlowJobNotFoundException::new),
    PROFILE("profile", "/profile/indexing", "source", "source_key", "sourceKey", "CamelHrFlowSourceKey",
            "CamelHrFlowProfileKey", "CamelHrFlowProfileReference", HrFlowSourceNotFoundException::new,
            HrFlowProfileNotFoundException::new);

    /** An exception's constructor: (message, status, HrFlow's message, Retry-After). */
    @FunctionalInterface
    interface NotFound {
        HrFlowApiException create(String message, int status, String hrFlowMessage, Duration retryAfter);
    }

    private final String noun;
    private final String indexingPath;
    private final String storage;
    private final String storageParam;
    private final String storageOption;
    private final String storageHeader;
    private final String keyHeader;
    private final String referenceHeader;
    private final NotFound storageNotFound;
    private final NotFound notFound;

    HrFlowResource(String noun, String indexingPath, String storage, String storageParam, String storageOption,
                   String storageHeader, String keyHeader, String referenceHeader, NotFound storageNotFound,
                   NotFound notFound) {
        this.noun = noun;
        this.indexingPath = indexingPath;
        this.storage = storage;
        this.storageParam = storageParam;
        this.storageOption = storageOption;
        this.storageHeader = storageHeader;
        this.keyHeader = keyHeader;
        this.referenceHeader = referenceHeader;
        this.storageNotFound = storageNotFound;
        this.notFound = notFound;
    }

    /** {@code job}, {@code profile}. */
    String noun() {
        return noun;
    }

    /** Where one object is read, created, edited: {@code /job/indexing}, {@code /profile/indexing}. */
    String indexingPath() {
        return indexingPath;
    }

    /** The storage's parameter on the wire: {@code board_key}, {@code source_key}. */
    String storageParam() {
        return storageParam;
    }

    /** HrFlow's message when the storage is missing: {@code Unable to find object: board}, {@code ...: source}. */
    String storageNotFoundMarker() {
        return HrFlowErrors.NOT_FOUND_MARKER + ": " + storage;
    }

    /** What a route can check when the storage is missing. */
    String storageHint() {
        return "Check the " + storageOption + " option or the " + storageHeader + " header: no such " + storage
               + " is visible to this API key.";
    }

    /** What a route can check when the object is missing. */
    String notFoundHint() {
        return "Check the " + noun + " key or reference (the key, reference options or the " + keyHeader + ", "
               + referenceHeader + " headers); with throwExceptionOnNotFound=false a missing " + noun
               + " does not fail the exchange.";
    }

    HrFlowApiException storageNotFound(String message, int status, String hrFlowMessage, Duration retryAfter) {
        return storageNotFound.create(message, status, hrFlowMessage, retryAfter);
    }

    HrFlowApiException notFound(String message, int status, String hrFlowMessage, Duration retryAfter) {
        return notFound.create(message, status, hrFlowMessage, retryAfter);
    }
}

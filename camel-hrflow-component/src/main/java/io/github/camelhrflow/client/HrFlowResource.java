package io.github.camelhrflow.client;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowBoardNotFoundException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.HrFlowProfileNotFoundException;
import io.github.camelhrflow.HrFlowSourceNotFoundException;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.model.StoredObject;

/**
 * The kinds of object HrFlow keeps, each in its own kind of storage: jobs in boards, profiles in sources. What a call
 * needs to know of the kind it is about, as data: where HrFlow indexes and lists it, how its storage is named on the
 * wire and in Camel headers, its model class, and what its "not found" answers become. Adding a kind of object is
 * adding a constant here, its two APIs in {@code HrFlowApi}, and its storage option on the endpoint; the producers,
 * the consumer and the client are written over this description.
 */
public enum HrFlowResource {

    JOB("job", "/job/indexing", "board", "board_key", "boardKey", HrFlowConstants.BOARD_KEY, HrFlowConstants.JOB_KEY,
            HrFlowConstants.JOB_REFERENCE, HrFlowBoardNotFoundException::new, HrFlowJobNotFoundException::new,
            HrFlowJobNotFoundException.class, Job.class, object -> ((Job) object).getBoardKey(),
            HrFlowConstants.JOB_VERSION),
    PROFILE("profile", "/profile/indexing", "source", "source_key", "sourceKey", HrFlowConstants.SOURCE_KEY,
            HrFlowConstants.PROFILE_KEY, HrFlowConstants.PROFILE_REFERENCE, HrFlowSourceNotFoundException::new,
            HrFlowProfileNotFoundException::new, HrFlowProfileNotFoundException.class, Profile.class,
            object -> ((Profile) object).getSourceKey(), HrFlowConstants.PROFILE_VERSION);

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
    private final Class<? extends HrFlowApiException> notFoundType;
    private final Class<? extends StoredObject> modelClass;
    private final Function<StoredObject, String> storageKeyOf;
    private final String versionHeader;
    private final ObjectReader answerReader;
    private final ObjectReader listReader;

    HrFlowResource(String noun, String indexingPath, String storage, String storageParam, String storageOption,
                   String storageHeader, String keyHeader, String referenceHeader, NotFound storageNotFound,
                   NotFound notFound, Class<? extends HrFlowApiException> notFoundType,
                   Class<? extends StoredObject> modelClass, Function<StoredObject, String> storageKeyOf,
                   String versionHeader) {
        this.notFoundType = notFoundType;
        this.modelClass = modelClass;
        this.storageKeyOf = storageKeyOf;
        this.versionHeader = versionHeader;
        TypeFactory types = HrFlowJson.mapper().getTypeFactory();
        this.answerReader = HrFlowJson.mapper()
                .readerFor(types.constructParametricType(HrFlowEnvelope.class, modelClass));
        this.listReader = HrFlowJson.mapper().readerFor(types.constructParametricType(HrFlowEnvelope.class,
                types.constructCollectionType(List.class, modelClass)));
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
    public String noun() {
        return noun;
    }

    /** {@code board}, {@code source}. */
    public String storage() {
        return storage;
    }

    /** The endpoint option naming the storage: {@code boardKey}, {@code sourceKey}. */
    public String storageOption() {
        return storageOption;
    }

    /** The header naming the storage: {@code CamelHrFlowBoardKey}, {@code CamelHrFlowSourceKey}. */
    public String storageHeader() {
        return storageHeader;
    }

    /** The header of an object's key: {@code CamelHrFlowJobKey}, {@code CamelHrFlowProfileKey}. */
    public String keyHeader() {
        return keyHeader;
    }

    /** The header of an object's reference. */
    public String referenceHeader() {
        return referenceHeader;
    }

    /** The header of a version delivered by a storing consumer: {@code key@updated_at}. */
    public String versionHeader() {
        return versionHeader;
    }

    /** {@code Job}, {@code Profile}: the noun as it starts a header name. */
    public String title() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    /** The storage an object names itself: a job's {@code board_key}, a profile's {@code source_key}. */
    public String storageKeyOf(StoredObject object) {
        return storageKeyOf.apply(object);
    }

    /** Whether {@code failure} is this resource's "object not found": {@code HrFlowJobNotFoundException}, ... */
    public boolean isNotFound(Throwable failure) {
        return notFoundType.isInstance(failure);
    }

    /** The model class: {@code Job}, {@code Profile}. */
    public Class<? extends StoredObject> modelClass() {
        return modelClass;
    }

    /** Where one object is read, created, edited: {@code /job/indexing}, {@code /profile/indexing}. */
    public String indexingPath() {
        return indexingPath;
    }

    /** Where an object is archived: {@code /job/indexing/archive}. */
    public String archivePath() {
        return indexingPath + "/archive";
    }

    /** Where a storage's objects are listed: {@code /storing/jobs}, {@code /storing/profiles}. */
    public String storingPath() {
        return "/storing/" + noun + "s";
    }

    /** The listing's storage parameter, a JSON array: {@code board_keys}, {@code source_keys}. */
    public String storingParam() {
        return storageParam + "s";
    }

    /** The listing's parameter that asks for whole objects: {@code return_job}, {@code return_profile}. */
    public String returnParam() {
        return "return_" + noun;
    }

    /** The storage's parameter on the wire: {@code board_key}, {@code source_key}. */
    public String storageParam() {
        return storageParam;
    }

    ObjectReader answerReader() {
        return answerReader;
    }

    ObjectReader listReader() {
        return listReader;
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

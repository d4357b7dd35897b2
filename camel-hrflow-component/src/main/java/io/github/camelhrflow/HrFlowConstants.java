package io.github.camelhrflow;

import org.apache.camel.spi.Metadata;

/**
 * Names of the message headers read and written by the HrFlow component.
 */
public final class HrFlowConstants {

    @Metadata(description = "The board key. Read: overrides the endpoint's boardKey option for this message."
                            + " Written by the job-storing consumer.",
              javaType = "String")
    public static final String BOARD_KEY = "CamelHrFlowBoardKey";

    @Metadata(description = "The job key. Read: identifies the job for this message (with it, the endpoint's "
                            + "key and reference options and the reference header are ignored). Written: the "
                            + "key of the job returned, archived or delivered.",
              javaType = "String")
    public static final String JOB_KEY = "CamelHrFlowJobKey";

    @Metadata(description = "The job reference (the customer's id of the job, unique in a board). Read: identifies "
                            + "the job for this message (with it, the endpoint's key and reference options are "
                            + "ignored). Written: the reference of the job returned, removed when it has none.",
              javaType = "String")
    public static final String JOB_REFERENCE = "CamelHrFlowJobReference";

    @Metadata(description = "The HTTP status code of HrFlow's answer, on success and on failure.", javaType = "Integer")
    public static final String RESPONSE_CODE = "CamelHrFlowResponseCode";

    @Metadata(description = "upsert: what happened. created: no job had the reference, the body job was created."
                            + " updated: the job with the reference was replaced by the body job. unchanged: the"
                            + " stored job already equals the body job, field by field (the fields HrFlow sets itself,"
                            + " such as key, id, board and the times, aside), so nothing was written and the body is"
                            + " the stored job.",
              javaType = "String")
    public static final String UPSERT_RESULT = "CamelHrFlowUpsertResult";

    @Metadata(description = "job-storing producer: the number of jobs in the board that match (HrFlow's"
                            + " meta.total).",
              javaType = "Integer")
    public static final String TOTAL = "CamelHrFlowTotal";

    // no at sign in these descriptions: Camel's metadata tooling drops it from the catalog
    @Metadata(description = "job-storing consumer: the job version, the job key and its updated_at as HrFlow wrote it,"
                            + " joined by an at sign; a key for Camel's idempotent consumer.",
              javaType = "String")
    public static final String JOB_VERSION = "CamelHrFlowJobVersion";

    @Metadata(description = "The source key (profiles are kept in sources as jobs are in boards). Read: overrides the"
                            + " endpoint's sourceKey option for this message. Written by the profile-storing"
                            + " consumer.",
              javaType = "String")
    public static final String SOURCE_KEY = "CamelHrFlowSourceKey";

    @Metadata(description = "The profile key. Read: identifies the profile for this message (with it, the endpoint's"
                            + " key and reference options and the reference header are ignored). Written: the key of"
                            + " the profile returned, archived, parsed or delivered.",
              javaType = "String")
    public static final String PROFILE_KEY = "CamelHrFlowProfileKey";

    @Metadata(description = "The profile reference (the customer's id of the profile, unique in a source). Read:"
                            + " identifies the profile for this message. Written: the reference of the profile"
                            + " returned, removed when it has none.",
              javaType = "String")
    public static final String PROFILE_REFERENCE = "CamelHrFlowProfileReference";

    @Metadata(description = "profile-storing consumer: the profile version, the profile key and its updated_at as"
                            + " HrFlow wrote it, joined by an at sign; a key for Camel's idempotent consumer.",
              javaType = "String")
    public static final String PROFILE_VERSION = "CamelHrFlowProfileVersion";

    @Metadata(description = "profile-parsing: what became of the file. parsed: HrFlow parsed it (at once, or in the"
                            + " background while the producer waited); existing: the source already held a profile"
                            + " with its reference, nothing was uploaded; queued: HrFlow parses it in the background"
                            + " and the producer did not wait (awaitProfile=false), the body is null.",
              javaType = "String", enums = "parsed,existing,queued")
    public static final String PARSING_RESULT = "CamelHrFlowParsingResult";

    @Metadata(description = "profile-parsing: the tags of the profile, a JSON array of name and value objects (text,"
                            + " or a List that is written as JSON). Overrides the endpoint's tags option.",
              javaType = "String")
    public static final String PROFILE_TAGS = "CamelHrFlowProfileTags";

    @Metadata(description = "profile-parsing: the metadatas of the profile, a JSON array of name and value objects"
                            + " (text, or a List that is written as JSON). Overrides the endpoint's metadatas option.",
              javaType = "String")
    public static final String PROFILE_METADATAS = "CamelHrFlowProfileMetadatas";

    @Metadata(description = "profile-parsing: the labels of the profile, a JSON array (text, or a List that is"
                            + " written as JSON). Overrides the endpoint's labels option.",
              javaType = "String")
    public static final String PROFILE_LABELS = "CamelHrFlowProfileLabels";

    private HrFlowConstants() {
    }
}

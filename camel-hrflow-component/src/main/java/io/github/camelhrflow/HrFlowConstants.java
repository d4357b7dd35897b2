package io.github.camelhrflow;

import org.apache.camel.spi.Metadata;

/**
 * Names of the message headers read and written by the HrFlow component.
 */
public final class HrFlowConstants {

    @Metadata(description = "The board key. Overrides the endpoint's `boardKey` option for this message.",
              javaType = "String")
    public static final String BOARD_KEY = "CamelHrFlowBoardKey";

    @Metadata(description = "The job key. Read: identifies the job for this message (with it, the endpoint's "
                            + "`key` and `reference` options are ignored). Written: the key of the job returned.",
              javaType = "String")
    public static final String JOB_KEY = "CamelHrFlowJobKey";

    @Metadata(description = "The job reference (the customer's id of the job, unique in a board). Read: identifies "
                            + "the job for this message (with it, the endpoint's `key` and `reference` options are "
                            + "ignored). Written: the reference of the job returned, removed when it has none.",
              javaType = "String")
    public static final String JOB_REFERENCE = "CamelHrFlowJobReference";

    @Metadata(description = "The HTTP status code of HrFlow's answer, on success and on failure.", javaType = "Integer")
    public static final String RESPONSE_CODE = "CamelHrFlowResponseCode";

    private HrFlowConstants() {
    }
}

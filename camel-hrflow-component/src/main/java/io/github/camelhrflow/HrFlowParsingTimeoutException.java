package io.github.camelhrflow;

/**
 * HrFlow accepted a CV file for parsing in the background (202), but no profile with its reference appeared in the
 * source within {@code awaitTimeout}. The profile may still come: a later get by the reference, or the profile-storing
 * consumer, finds it; a redelivery of the same file does not upload it again while the source holds or parses it.
 */
public class HrFlowParsingTimeoutException extends HrFlowApiException {

    private final String reference;

    public HrFlowParsingTimeoutException(String message, int statusCode, String reference) {
        super(message, statusCode, null, null);
        this.reference = reference;
    }

    /** The reference of the profile that did not appear in time. */
    public String getReference() {
        return reference;
    }
}

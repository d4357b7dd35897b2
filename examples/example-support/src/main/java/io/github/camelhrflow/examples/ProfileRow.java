package io.github.camelhrflow.examples;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.model.ProfileInfo;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A {@link Profile} body turned into the row of {@code hrflow_source_profile} ({@code sql/<dialect>/} of
 * example-support), as a map of named parameters: the columns to query by, the version the row holds, and the whole
 * profile as JSON. Shared by the examples that keep profiles in a table: profiles-to-database (the
 * {@code profile-storing} consumer) and cv-inbox ({@code profile-parsing}).
 */
public class ProfileRow implements Processor {

    /** The table both examples write. */
    public static final String TABLE = "hrflow_source_profile";
    /** The column of the candidate's full name. */
    public static final String FULL_NAME = "full_name";
    /** The column set when HrFlow archived the profile; null for a live profile. */
    public static final String ARCHIVED_AT = "archived_at";
    /** The column of the version the row holds. */
    public static final String VERSION = "profile_version";

    @Override
    public void process(Exchange exchange) throws Exception {
        Profile profile = exchange.getMessage().getMandatoryBody(Profile.class);
        ProfileInfo info = profile.getInfo();
        Map<String, Object> row = new HashMap<>();
        row.put("profile_key", profile.getKey());
        row.put("reference", profile.getReference());
        row.put("source_key", exchange.getMessage().getHeader(HrFlowConstants.SOURCE_KEY, profile.getSourceKey(),
                String.class));
        row.put(FULL_NAME, info == null ? null : info.getFullName());
        row.put("email", info == null ? null : info.getEmail());
        row.put("summary", info == null ? null : info.getSummary());
        row.put("created_at", profile.getCreatedAtDateTime());
        row.put("updated_at", profile.getUpdatedAtDateTime());
        row.put(ARCHIVED_AT, profile.getArchivedAtDateTime());
        // the consumer's version header; a parsed profile has none, and the same rule makes it: key@updated_at
        row.put(VERSION, exchange.getMessage().getHeader(HrFlowConstants.PROFILE_VERSION,
                profile.getKey() + "@" + profile.getUpdatedAt(), String.class));
        // the component's type converter writes exactly what HrFlow sent, unknown fields included
        row.put("profile_json", exchange.getContext().getTypeConverter().mandatoryConvertTo(String.class, exchange,
                profile));
        row.put("synced_at", OffsetDateTime.now(ZoneOffset.UTC));
        exchange.getMessage().setBody(row);
    }
}

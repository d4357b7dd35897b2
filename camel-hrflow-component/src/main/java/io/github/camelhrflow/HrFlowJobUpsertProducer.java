package io.github.camelhrflow;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.JobLookup;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Message;

/**
 * {@code operation=upsert}: the body job's reference decides. HrFlow has a job with it: {@code PUT} with that job's
 * key, unless the stored job already has the body's content; none: {@code POST}. This is HrFlow's own connectors'
 * upsert, and what makes a redelivered write safe: a second attempt finds the job the first one created. An unchanged
 * job is not written again, so its {@code updated_at} stays and a board consumer downstream sees no new version
 * ({@link JobComparison} says what counts as the same content).
 */
public class HrFlowJobUpsertProducer extends HrFlowProducer {

    /** {@link HrFlowConstants#UPSERT_RESULT} when the job was created. */
    public static final String CREATED = "created";
    /** {@link HrFlowConstants#UPSERT_RESULT} when an existing job was replaced. */
    public static final String UPDATED = "updated";
    /** {@link HrFlowConstants#UPSERT_RESULT} when the stored job already had the body's content: nothing written. */
    public static final String UNCHANGED = "unchanged";

    public HrFlowJobUpsertProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        Job job = bodyJob(message);
        if (HrFlowJobTarget.isBlank(job.getReference())) {
            throw new IllegalArgumentException("Cannot upsert a job without a reference: upsert finds the job by the"
                                               + " body job's reference (your system's id for it); set reference in"
                                               + " the job, or use operation=index to create jobs.");
        }
        String boardKey = HrFlowJobTarget.boardKey(getEndpoint(), message, job);
        HrFlowResponse<Job> existing = existing(client, boardKey, job.getReference());
        HrFlowResponse<Job> response;
        String result;
        if (existing == null) {
            response = client.indexJob(boardKey, job);
            result = CREATED;
        } else if (JobComparison.sameContent(job, existing.data())) {
            response = existing;
            result = UNCHANGED;
        } else {
            response = client.editJob(boardKey, withKey(job, existing.data().getKey()));
            result = UPDATED;
        }
        message.setBody(response.data());
        setJobHeaders(message, response.data(), response.statusCode());
        message.setHeader(HrFlowConstants.UPSERT_RESULT, result);
    }

    private static HrFlowResponse<Job> existing(HrFlowClient client, String boardKey, String reference)
            throws Exception {
        try {
            return client.getJob(JobLookup.byReference(boardKey, reference));
        } catch (HrFlowJobNotFoundException notThere) {
            return null;
        }
    }

    /** HrFlow's key wins over whatever key the body carries: the reference is what names the job here. */
    private static Job withKey(Job job, String key) {
        if (key.equals(job.getKey())) {
            return job;
        }
        Job copy = copyOf(job);
        copy.setKey(key);
        return copy;
    }
}

package io.github.camelhrflow.benchmarks.operations;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.benchmarks.server.RecordedAnswers;
import io.github.camelhrflow.benchmarks.variants.JobEnvelope;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.model.Job;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** The operation rows' floor: a pooled Apache HttpClient 5 (classic) and a plain {@link ObjectMapper}, as floor A. */
final class RawOperations {

    private RawOperations() {
    }

    /** {@code POST /job/indexing} of the job's fields with {@code board_key} at the root; the answer's job back. */
    static OperationRun index(Target target, Job job) {
        return new Raw(target) {
            @Override
            public void run() throws IOException {
                ObjectNode body = mapper.valueToTree(job);
                body.put("board_key", target.boardKey());
                HttpPost post = new HttpPost(target.baseUrl() + "/job/indexing");
                post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
                Job created = execute(post, JobEnvelope.class).getData();
                if (created == null || created.getKey() == null) {
                    throw new IllegalStateException("The indexed job came back without a key");
                }
            }
        };
    }

    /** Every page of {@code GET /storing/jobs} for the board, each job taken in turn, as a hand-written loop does. */
    static OperationRun boardExport(Target target, int expectedJobs) {
        String prefix = target.baseUrl() + "/storing/jobs?board_keys="
                        + Target.encode(RecordedAnswers.boardKeys(target.boardKey())) + "&return_job=true&limit="
                        + RecordedAnswers.STORING_PAGE_SIZE + "&page=";
        return new Raw(target) {
            @Override
            public void run() throws IOException {
                int jobs = 0;
                int page = 1;
                int maxPage;
                do {
                    JobPage answer = execute(new HttpGet(prefix + page), JobPage.class);
                    for (Job job : answer.getData()) {
                        jobs += job.getKey() != null ? 1 : 0;
                    }
                    maxPage = answer.getMeta().getMaxPage();
                } while (page++ < maxPage);
                BoardExports.check(expectedJobs, jobs);
            }
        };
    }

    private abstract static class Raw implements OperationRun {

        final ObjectMapper mapper = new ObjectMapper();
        private final Target target;
        private final CloseableHttpClient http;

        Raw(Target target) {
            this.target = target;
            this.http = Target.pooledHttpClient();
        }

        <T> T execute(ClassicHttpRequest request, Class<T> type) throws IOException {
            request.setHeader("X-API-KEY", target.apiKey());
            request.setHeader("X-USER-EMAIL", target.userEmail());
            request.setHeader("Accept", "application/json");
            return http.execute(request, response -> {
                if (response.getCode() / 100 != 2) {
                    throw new IOException("HTTP " + response.getCode() + " for " + request.getRequestUri());
                }
                try (InputStream body = response.getEntity().getContent()) {
                    return mapper.readValue(body, type);
                }
            });
        }

        @Override
        public void close() throws IOException {
            http.close();
        }
    }
}

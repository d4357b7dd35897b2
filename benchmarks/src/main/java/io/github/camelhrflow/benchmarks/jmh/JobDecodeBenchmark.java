package io.github.camelhrflow.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelhrflow.benchmarks.server.RecordedAnswers;
import io.github.camelhrflow.benchmarks.variants.JobEnvelope;
import io.github.camelhrflow.client.HrFlowEnvelope;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JSON decode of the large (about 200 KB) job alone, from the bytes the sandbox sends: camel-hrflow's reader,
 * a user's plain {@link ObjectMapper} with a hand-written envelope, and a bare token scan as the floor of any
 * Jackson-based decode.
 */
@State(Scope.Benchmark)
// sampled times, so that the report can give the median: robust to the descheduling a shared machine adds
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class JobDecodeBenchmark {

    /** The reader camel-hrflow's HTTP client uses (same mapper, same target type). */
    private static final ObjectReader COMPONENT_READER = HrFlowJson.mapper()
            .readerFor(new TypeReference<HrFlowEnvelope<Job>>() {
            });

    private final ObjectMapper plainMapper = new ObjectMapper();
    private final JsonFactory jsonFactory = new JsonFactory();
    private byte[] body;

    @Setup
    public void recordLargeJob() {
        body = RecordedAnswers.recordDefaultSeed()
                .jobBody(HrFlowSandbox.BENCHMARK_BOARD_KEY, HrFlowSandbox.BENCHMARK_JOB_KEY);
    }

    @Benchmark
    public Job camelHrflowReader() throws IOException {
        HrFlowEnvelope<Job> envelope = COMPONENT_READER.readValue(new ByteArrayInputStream(body));
        return envelope.getData();
    }

    @Benchmark
    public Job plainObjectMapper() throws IOException {
        return plainMapper.readValue(new ByteArrayInputStream(body), JobEnvelope.class).getData();
    }

    @Benchmark
    public void tokenScan(Blackhole blackhole) throws IOException {
        try (JsonParser parser = jsonFactory.createParser(new ByteArrayInputStream(body))) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                // materialize the strings a binder would keep, so the floor is comparable
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    blackhole.consume(parser.getText());
                }
            }
        }
    }
}

package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A local HTTP server that speaks HrFlow.ai's job API ({@code GET}, {@code POST}, {@code PUT /v1/job/indexing},
 * {@code PATCH /v1/job/indexing/archive}, {@code GET /v1/storing/jobs}) over seeded boards, and its profile
 * API (the same calls under {@code /v1/profile/indexing} and {@code /v1/storing/profiles}, and
 * {@code POST /v1/profile/parsing/file}) over seeded sources, with injectable faults, a request log, a
 * clock tests can stop and move, and the history of every job and profile version as ground truth.
 *
 * <pre>{@code
 * try (HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start()) {
 *     String baseUrl = sandbox.baseUrl(); // http://127.0.0.1:PORT/v1
 * }
 * }</pre>
 * <p>
 * HrFlow itself speaks HTTPS only; {@link Builder#tls(SSLContext)} makes the sandbox do the same, to test a
 * client's trust settings.
 */
public final class HrFlowSandbox implements AutoCloseable {

    /** The API key the sandbox accepts unless configured otherwise (read-only {@code askr_} prefix, as HrFlow's). */
    public static final String DEMO_API_KEY = "askr_sandbox_demo_key";
    /** The user e-mail the sandbox accepts unless configured otherwise. */
    public static final String DEMO_USER_EMAIL = "demo@sandbox.local";

    /** Board {@code sandbox_demo} of the default seed: five varied jobs, one archived. */
    public static final String DEMO_BOARD_KEY = "4c4dd8ebcbba4d77f21e03af598dfc2c67a10fb9";
    /** Board {@code sandbox_benchmark} of the default seed: one large job. */
    public static final String BENCHMARK_BOARD_KEY = "11bb517aa410137bf194a9541e033225fec0bdba";
    /** The large job (about 200 KB) of {@link #BENCHMARK_BOARD_KEY}. */
    public static final String BENCHMARK_JOB_KEY = "a579aa00d9bad03237515b0109ff2cc14b39c8ce";
    /** Board {@code test_frontend}: holds the real 2022 sample job (null reference). */
    public static final String SAMPLE_2022_BOARD_KEY = "887595b735d68f0bc0b0b0535f7d8f7d158a3f4e";
    /** Board {@code vulcain_test}: holds the real 2023 sample job (full field set). */
    public static final String SAMPLE_2023_BOARD_KEY = "7fce016712fa373456ef279c297da5009a2020d9";
    /** Board {@code sandbox_legacy_2020}: holds the 2020 legacy sample job (key {@code job_key}). */
    public static final String LEGACY_BOARD_KEY = "dba0d78fda28a172abfa6e8d8d94811ab12753e8";
    /** Board {@code sandbox_docs_example}: holds the example of HrFlow's GET page (key {@code job_key}). */
    public static final String DOCS_EXAMPLE_BOARD_KEY = "79f4deb90fc6125f830462c4bc74515a7d228bd3";

    /** Source {@code sandbox_demo_profiles} of the default seed: three fictional people, one archived; parses in the background (202). */
    public static final String DEMO_SOURCE_KEY = "5a4d8e0c3f1b2a6978d0c4e5f6a7b8c9d0e1f2a3";
    /** Source {@code sandbox_real_time} of the default seed: empty, with real-time parsing (201). */
    public static final String DEMO_SYNC_SOURCE_KEY = "7e1c2b3a4d5f60718293a4b5c6d7e8f901a2b3c4";

    /** Admin endpoints live under this path, outside {@code /v1}. */
    public static final String ADMIN_PATH = AdminApi.PREFIX;

    /** Room for the connections of many concurrent clients while all workers are busy. */
    private static final int BACKLOG = 256;

    static {
        // The JDK server sends headers and body in separate packets; with Nagle's algorithm and the
        // client's delayed ACK every answer then takes about 40 ms. The property is read once per JVM,
        // when the first JDK HTTP server starts, so an explicit setting by the user wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String host;
    private final int requestedPort;
    private final int threads;
    private final SSLContext tls;
    private final String apiKey;
    private final String userEmail;
    private final SandboxClock clock;
    private final JobStore store;
    private final ParseQueue parsing;
    private final FaultInjector faults;
    private final RequestLog log;
    private final SandboxHttpHandler handler;

    private HttpServer server;
    private ExecutorService executor;

    private HrFlowSandbox(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.threads = builder.threads;
        this.tls = builder.tls;
        this.apiKey = builder.apiKey;
        this.userEmail = builder.userEmail;
        this.clock = new SandboxClock(builder.clock);
        this.store = new JobStore(clock);
        SeedLoader seeds = new SeedLoader(store);
        if (builder.defaultSeed) {
            seeds.loadDefaultSeed();
        }
        builder.seeds.forEach(seeds::load);
        store.indexLag().max(builder.indexLag);
        store.indexLag().seed(builder.indexLagSeed);
        for (Generated generated : builder.generated) {
            if (!store.hasContainer(generated.resource(), generated.containerKey())) {
                store.putContainer(ContainerInfo.of(generated.resource(), generated.containerKey(), "generated"));
            }
            AdminContainers.seeder(store, generated.resource())
                    .seed(generated.containerKey(), generated.count(), generated.seed());
        }
        this.parsing = new ParseQueue(store);
        parsing.delay(builder.parseDelay);
        this.faults = new FaultInjector(builder.faultSeed);
        this.log = new RequestLog(builder.requestLogCapacity);

        Router router = new Router();
        Authenticator authenticator = new Authenticator(apiKey, userEmail);
        for (Resource resource : Resource.values()) {
            new IndexingApi(store, resource).register(router, authenticator);
            new IndexingWriteApi(store, resource).register(router, authenticator);
            new StoringApi(store, resource, builder.listArchived).register(router, authenticator);
        }
        new ProfileParsingApi(store, parsing).register(router, authenticator);
        new AdminApi(faults, log, store, parsing).register(router);
        this.handler = new SandboxHttpHandler(router, faults, log, store);
    }

    /** A builder with the demo credentials, the default seed, host 127.0.0.1 and a free port. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving; a stopped sandbox can be started again.
     *
     * @return this sandbox
     * @throws UncheckedIOException when the port cannot be bound
     */
    public synchronized HrFlowSandbox start() {
        if (server != null) {
            return this;
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), requestedPort);
            HttpServer created = tls == null ? HttpServer.create(address, BACKLOG) : httpsServer(address, tls);
            executor = Executors.newFixedThreadPool(threads, workerThreads(created.getAddress().getPort()));
            created.setExecutor(executor);
            created.createContext("/", handler);
            created.start();
            server = created;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the HrFlow sandbox on " + host + ":" + requestedPort, e);
        }
    }

    private static HttpsServer httpsServer(InetSocketAddress address, SSLContext tls) throws IOException {
        HttpsServer https = HttpsServer.create(address, BACKLOG);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        return https;
    }

    /** Stops serving, releases the port and the worker threads; does nothing when not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        parsing.stop();
        // interrupts workers sleeping in an injected latency
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        executor = null;
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String host() {
        return host;
    }

    /** The bound port. @throws IllegalStateException when not running */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The HrFlow sandbox is not running");
        }
        return server.getAddress().getPort();
    }

    /** {@code http://host:port} ({@code https} when built with {@link Builder#tls}), where {@code /_sandbox/*} lives. */
    public String rootUrl() {
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return (tls == null ? "http://" : "https://") + literal + ":" + port();
    }

    /**
     * The HrFlow API base URL, {@code http://host:port/v1} ({@code https} when built with {@link Builder#tls}), to
     * use in place of {@code https://api.hrflow.ai/v1}.
     */
    public String baseUrl() {
        return rootUrl() + "/v1";
    }

    /** The {@code X-API-KEY} this sandbox accepts. */
    public String apiKey() {
        return apiKey;
    }

    /** The {@code X-USER-EMAIL} this sandbox accepts. */
    public String userEmail() {
        return userEmail;
    }

    /** The boards and jobs, sources and profiles served; changes show in the next answer. */
    public JobStore store() {
        return store;
    }

    /** The faults injected into API requests; changes apply to the next request. */
    public FaultInjector faults() {
        return faults;
    }

    /** The most recent API requests (not admin ones), oldest first; bounded by the log capacity. */
    public List<RecordedRequest> requests() {
        return log.requests();
    }

    /** The number of API requests since start or {@link #clearRequests()}. */
    public long requestCount() {
        return log.count();
    }

    /**
     * The number of API requests with this method and path (e.g. {@code "POST", "/v1/profile/parsing/file"}) since
     * start or {@link #clearRequests()}; unlike {@link #requests()}, not bounded by the log capacity.
     */
    public long requestCount(String method, String path) {
        return log.count(method, path);
    }

    /** Empties the request log and resets the counts. */
    public void clearRequests() {
        log.clear();
    }

    /** The keys of a board's jobs in seed order; empty for an unknown board. */
    public List<String> jobKeys(String boardKey) {
        return store.jobKeys(boardKey);
    }

    /** The non-null references of a board's jobs in seed order; empty for an unknown board. */
    public List<String> jobReferences(String boardKey) {
        return store.jobReferences(boardKey);
    }

    /** The time every write stamps; freeze or move it to make writes share a second. */
    public SandboxClock clock() {
        return clock;
    }

    /**
     * Every version the board's jobs ever had (seeded, created, edited, archived), in the order they
     * appeared: the ground truth for a consumer's test. Empty for an unknown board.
     */
    public List<JobVersion> history(String boardKey) {
        return store.history(boardKey);
    }

    /** The last sequence number handed to a request or write (see {@link RecordedRequest#seq()}). */
    public long lastSeq() {
        return store.lastSeq();
    }

    /**
     * Sets the index lag of the writes from now on: {@code storing/jobs} lists each write after a random
     * time in {@code [0, max]} (seeded, see {@link Builder#indexLagSeed}); {@code GET /job/indexing} sees
     * it at once. Writes waiting already keep their lag. Zero (the default) lists every write at once.
     *
     * @return this sandbox
     */
    public HrFlowSandbox indexLag(Duration max) {
        store.indexLag().max(max);
        return this;
    }

    /** The maximum index lag of new writes. */
    public Duration indexLag() {
        return store.indexLag().max();
    }

    /** Restarts the index lag's random sequence from this seed. @return this sandbox */
    public HrFlowSandbox indexLagSeed(long seed) {
        store.indexLag().seed(seed);
        return this;
    }

    /** Adds an empty board of type {@code api}, or renames an existing one and keeps its jobs. */
    public Board addBoard(String key, String name) {
        Board board = Board.of(key, name);
        store.putBoard(board);
        return board;
    }

    /**
     * Creates a job as {@code POST /job/indexing} would, without HTTP.
     *
     * @param job the job's fields ({@code board_key} not needed)
     * @return the created job, with its key, id and times
     * @throws IllegalArgumentException with HrFlow's message when HrFlow would refuse it
     */
    public ObjectNode createJob(String boardKey, ObjectNode job) {
        return refusalsAsArguments(() -> store.create(Resource.JOB, boardKey, job)).job();
    }

    /**
     * Replaces a whole job as {@code PUT /job/indexing} would, without HTTP: the job is the one named by
     * {@code key}, else by {@code reference}, in {@code job}.
     *
     * @return the edited job
     * @throws IllegalArgumentException with HrFlow's message when HrFlow would refuse it
     */
    public ObjectNode editJob(String boardKey, ObjectNode job) {
        return refusalsAsArguments(() -> store.edit(Resource.JOB, boardKey, job)).job();
    }

    /**
     * Archives a job ({@code archived} true) or restores it, as {@code PATCH /job/indexing/archive} would.
     *
     * @return the job after the change
     * @throws IllegalArgumentException when the board or the job is unknown
     */
    public ObjectNode archiveJob(String boardKey, String key, boolean archived) {
        return refusalsAsArguments(() -> store.archive(Resource.JOB, boardKey, key, null, archived)).job();
    }

    /**
     * Adds {@code count} generated jobs in one step (5,000 take well under a second): varied titles,
     * places, skills and salaries, a reference each, times spread over the 30 days before the clock's
     * now with some sharing a second, about one in thirty archived. Same seed, same jobs.
     *
     * @return the keys of the new jobs, in insertion order
     * @throws IllegalArgumentException when the board is unknown
     */
    public List<String> seedJobs(String boardKey, int count, long seed) {
        return new JobSeeder(store).seed(boardKey, count, seed);
    }

    /** Adds an empty source of type {@code api} parsing in the background, or renames an existing one and keeps its profiles. */
    public Source addSource(String key, String name) {
        return addSource(key, name, false);
    }

    /**
     * Adds an empty source, or renames an existing one and keeps its profiles.
     *
     * @param syncParsing real-time parsing: {@code POST /profile/parsing/file} answers 201 with the profile
     *                    (after the {@link #parseDelay() parse delay}), else 202 and the profile comes later
     */
    public Source addSource(String key, String name, boolean syncParsing) {
        Source source = Source.of(key, name).withSyncParsing(syncParsing);
        store.putSource(source);
        return source;
    }

    /**
     * Creates a profile as {@code POST /profile/indexing} would, without HTTP.
     *
     * @param profile the profile's fields ({@code source_key} not needed)
     * @return the created profile, with its key, id and times
     * @throws IllegalArgumentException with HrFlow's message when HrFlow would refuse it
     */
    public ObjectNode createProfile(String sourceKey, ObjectNode profile) {
        return refusalsAsArguments(() -> store.create(Resource.PROFILE, sourceKey, profile)).job();
    }

    /**
     * Replaces a whole profile as {@code PUT /profile/indexing} would, without HTTP: the profile is the one
     * named by {@code key}, else by {@code reference}, in {@code profile}.
     *
     * @throws IllegalArgumentException with HrFlow's message when HrFlow would refuse it
     */
    public ObjectNode editProfile(String sourceKey, ObjectNode profile) {
        return refusalsAsArguments(() -> store.edit(Resource.PROFILE, sourceKey, profile)).job();
    }

    /**
     * Archives a profile ({@code archived} true) or restores it, as {@code PATCH /profile/indexing/archive} would.
     *
     * @throws IllegalArgumentException when the source or the profile is unknown
     */
    public ObjectNode archiveProfile(String sourceKey, String key, boolean archived) {
        return refusalsAsArguments(() -> store.archive(Resource.PROFILE, sourceKey, key, null, archived)).job();
    }

    /** The keys of a source's profiles in seed order; empty for an unknown source. */
    public List<String> profileKeys(String sourceKey) {
        return store.profileKeys(sourceKey);
    }

    /** The non-null references of a source's profiles in seed order; empty for an unknown source. */
    public List<String> profileReferences(String sourceKey) {
        return store.profileReferences(sourceKey);
    }

    /** Every version the source's profiles ever had, as {@link #history(String)} for a board. */
    public List<JobVersion> profileHistory(String sourceKey) {
        return store.profileHistory(sourceKey);
    }

    /**
     * Adds {@code count} generated profiles of fictional people in one step (invented names, example.com
     * e-mails), times spread over the 30 days before the clock's now, about one in thirty archived. Same
     * seed, same profiles.
     *
     * @return the keys of the new profiles, in insertion order
     * @throws IllegalArgumentException when the source is unknown
     */
    public List<String> seedProfiles(String sourceKey, int count, long seed) {
        return new ProfileSeeder(store).seed(sourceKey, count, seed);
    }

    /**
     * Sets how long parsing a file takes from now on: a real-time source answers after it, any other
     * source's profile appears after it (real time). Zero (the default): at once.
     *
     * @return this sandbox
     */
    public HrFlowSandbox parseDelay(Duration delay) {
        parsing.delay(delay);
        return this;
    }

    /** How long parsing a file takes. */
    public Duration parseDelay() {
        return parsing.delay();
    }

    /** A board or source to fill with generated items when the sandbox is built. */
    private record Generated(Resource resource, String containerKey, int count, long seed) {
    }

    private static JobStore.Written refusalsAsArguments(Supplier<JobStore.Written> write) {
        try {
            return write.get();
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static ThreadFactory workerThreads(int port) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "hrflow-sandbox-" + port + "-" + count.incrementAndGet());
            // a forgotten sandbox must not keep a test JVM alive
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures an {@link HrFlowSandbox}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private int threads = 64;
        private SSLContext tls;
        private String apiKey = DEMO_API_KEY;
        private String userEmail = DEMO_USER_EMAIL;
        private boolean defaultSeed = true;
        private final List<Path> seeds = new ArrayList<>();
        private long faultSeed = FaultInjector.DEFAULT_SEED;
        private int requestLogCapacity = 1000;
        private Clock clock = Clock.systemUTC();
        private boolean listArchived = true;
        private Duration indexLag = Duration.ZERO;
        private long indexLagSeed;
        private Duration parseDelay = Duration.ZERO;
        private final List<Generated> generated = new ArrayList<>();

        private Builder() {
        }

        /** The address to bind; 127.0.0.1 by default, so the sandbox is not reachable from other machines. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The number of worker threads, 64 by default; injected latency holds a worker while it waits. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Serves HTTPS, presenting the key and certificate of {@code serverContext}, as HrFlow does; plain HTTP
         * (null) by default. The admin endpoints move to HTTPS too: one port, one scheme.
         */
        public Builder tls(SSLContext serverContext) {
            this.tls = serverContext;
            return this;
        }

        /** The accepted {@code X-API-KEY}; {@link #DEMO_API_KEY} by default. */
        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /** The accepted {@code X-USER-EMAIL}; {@link #DEMO_USER_EMAIL} by default. */
        public Builder userEmail(String userEmail) {
            this.userEmail = Objects.requireNonNull(userEmail, "userEmail");
            return this;
        }

        /** Whether to load the default seed from the classpath; true by default. */
        public Builder defaultSeed(boolean load) {
            this.defaultSeed = load;
            return this;
        }

        /**
         * Adds a seed file, or a directory whose {@code *.json} files are loaded in name order, after
         * the default seed. A file holds boards with their jobs ({@code {"boards":[{"key","name","jobs":[..]}]}}),
         * a captured GET answer ({@code {"code":200,"data":{..job..}}}) or a bare job; the last two need the
         * job's {@code board_key}. Jobs with an already seeded key replace the earlier ones.
         */
        public Builder seed(Path fileOrDirectory) {
            seeds.add(Objects.requireNonNull(fileOrDirectory, "fileOrDirectory"));
            return this;
        }

        /** The seed of the fault injector's random generator, {@link FaultInjector#DEFAULT_SEED} by default. */
        public Builder faultSeed(long seed) {
            this.faultSeed = seed;
            return this;
        }

        /** How many requests the request log keeps, 1000 by default. */
        public Builder requestLogCapacity(int capacity) {
            this.requestLogCapacity = capacity;
            return this;
        }

        /** The time source under {@link HrFlowSandbox#clock()}; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether {@code storing/jobs} lists archived jobs (with their {@code archived_at}); true by
         * default. HrFlow's behaviour is not confirmed, so clients should be tested both ways.
         */
        public Builder listArchived(boolean list) {
            this.listArchived = list;
            return this;
        }

        /**
         * How long {@code storing/jobs} may take to list a write, as HrFlow indexes writes asynchronously:
         * per write a seeded random lag in {@code [0, max]}, measured on the base clock ({@link #clock}),
         * which runs on when a test freezes the sandbox's clock. {@code GET /job/indexing} sees writes at
         * once, seeds are listed at once. Zero by default: every write is listed at once.
         */
        public Builder indexLag(Duration max) {
            if (Objects.requireNonNull(max, "max").isNegative()) {
                throw new IllegalArgumentException("indexLag must not be negative, got " + max);
            }
            this.indexLag = max;
            return this;
        }

        /** The seed of the index lag's random generator, 0 by default. */
        public Builder indexLagSeed(long seed) {
            this.indexLagSeed = seed;
            return this;
        }

        /**
         * Adds {@code count} generated jobs to a board after the seeds, creating the board (named
         * {@code generated}) when it does not exist; see {@link HrFlowSandbox#seedJobs}.
         */
        public Builder generatedJobs(String boardKey, int count, long seed) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative, got " + count);
            }
            generated.add(new Generated(Resource.JOB, Objects.requireNonNull(boardKey, "boardKey"), count, seed));
            return this;
        }

        /**
         * Adds {@code count} generated profiles to a source after the seeds, creating the source (named
         * {@code generated}) when it does not exist; see {@link HrFlowSandbox#seedProfiles}.
         */
        public Builder generatedProfiles(String sourceKey, int count, long seed) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative, got " + count);
            }
            generated.add(
                    new Generated(Resource.PROFILE, Objects.requireNonNull(sourceKey, "sourceKey"), count, seed));
            return this;
        }

        /**
         * How long parsing a file takes ({@code POST /profile/parsing/file}): a real-time source answers 201
         * after it; any other source answers 202 at once and stores the profile after it. Zero by default.
         */
        public Builder parseDelay(Duration delay) {
            if (Objects.requireNonNull(delay, "delay").isNegative()) {
                throw new IllegalArgumentException("parseDelay must not be negative, got " + delay);
            }
            this.parseDelay = delay;
            return this;
        }

        /**
         * Loads the seeds and creates the sandbox, not yet started.
         *
         * @throws IllegalArgumentException or {@link UncheckedIOException} when a seed is invalid or unreadable
         */
        public HrFlowSandbox build() {
            return new HrFlowSandbox(this);
        }
    }
}

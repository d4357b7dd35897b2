package io.github.camelhrflow.benchmarks.parsing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.benchmarks.load.ProcessMeters;
import io.github.camelhrflow.benchmarks.variants.Target;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One way parsing one folder into a new source: its CamelContext is built and started before the run with the route
 * stopped, the run starts the route and ends when every file has its profile, and the context is closed after it.
 */
final class ParsingRun implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ParsingWay way;
    private final int files;
    private final SandboxAdmin admin;
    private final String sourceKey;
    private final Tally tally;
    private final CamelContext context = new DefaultCamelContext();

    ParsingRun(ParsingWay way, Path folder, int files, String baseUrl, SandboxAdmin admin, long awaitInterval,
               String apiKey, String userEmail)
            throws Exception {
        this.way = way;
        this.files = files;
        this.admin = admin;
        this.tally = new Tally(files);
        this.sourceKey = admin.newSource("parsing " + way);
        HrFlowConfiguration configuration =
                context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
        configuration.setApiKey(apiKey);
        configuration.setUserEmail(userEmail);
        configuration.setBaseUrl(baseUrl);
        // camel-http may open as many connections as camel-hrflow, as in the other rows
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(Target.MAX_CONNECTIONS);
        http.setConnectionsPerRoute(Target.CONNECTIONS_PER_ROUTE);
        context.addRoutes(
                new ParsingRoute(way, folder, baseUrl, sourceKey, apiKey, userEmail, awaitInterval, files, tally));
        context.start();
    }

    /** Parses the folder; fails unless every file made exactly one new profile. */
    ParsingMeasurement run(ProcessMeters meters, int round, long timeoutSeconds) throws Exception {
        admin.clearRequests();
        int threadsBefore = THREADS.getThreadCount();
        THREADS.resetPeakThreadCount();
        ProcessMeters.Snapshot start = meters.snapshot();
        context.getRouteController().startRoute(ParsingRoute.ROUTE);
        tally.await(timeoutSeconds);
        ProcessMeters.Snapshot end = meters.snapshot();
        int peakThreads = THREADS.getPeakThreadCount();
        long requests = admin.requestCount();
        int profiles = admin.profileCount(sourceKey);
        check(files, profiles);
        return new ParsingMeasurement(way, round, files, end.nanoTime() - start.nanoTime(),
                end.cpuNanos() - start.cpuNanos(), end.allocatedBytes() - start.allocatedBytes(), threadsBefore,
                peakThreads, requests, profiles);
    }

    /** The run fails unless the source holds one profile per file. */
    static void check(int files, int profiles) {
        if (profiles != files) {
            throw new IllegalStateException(files + " files made " + profiles + " profiles in the source");
        }
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}

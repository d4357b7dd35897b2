package io.github.camelhrflow.consumer;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.client.HrFlowResource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The consumer side of the first-sync memory proof, run in a JVM of its own with a small heap: syncs a board (or a
 * source), writes each delivered version to a file, and prints the heap after GC every {@code every} versions.
 * <p>
 * Arguments: baseUrl apiKey userEmail storage pageSize expected keysFile every resource ({@code JOB} or
 * {@code PROFILE}).
 */
public final class FirstSyncProbe {

    private FirstSyncProbe() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String apiKey = args[1];
        String userEmail = args[2];
        String board = args[3];
        int pageSize = Integer.parseInt(args[4]);
        long expected = Long.parseLong(args[5]);
        Path keysFile = Path.of(args[6]);
        long every = Long.parseLong(args[7]);
        HrFlowResource resource = HrFlowResource.valueOf(args[8]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong delivered = new AtomicLong();
        AtomicLong maxHeap = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        HttpClient marker = HttpClient.newHttpClient();
        try (CamelContext context = new DefaultCamelContext();
             BufferedWriter keys = Files.newBufferedWriter(keysFile)) {
            HrFlowComponent hrflow = new HrFlowComponent();
            hrflow.getConfiguration().setApiKey(apiKey);
            hrflow.getConfiguration().setUserEmail(userEmail);
            hrflow.getConfiguration().setBaseUrl(baseUrl);
            context.addComponent("hrflow", hrflow);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hrflow:" + resource.noun() + "-storing?" + resource.storageOption() + "=" + board
                         + "&pageSize=" + pageSize + "&delay=50")
                            .routeId("sync").autoStartup(false)
                            .process(e -> {
                                keys.write(e.getMessage().getHeader(resource.versionHeader(), String.class));
                                keys.newLine();
                                long n = delivered.incrementAndGet();
                                if (n == 1) {
                                    // tells the sandbox's request log when the first version arrived
                                    marker.send(HttpRequest.newBuilder(URI.create(baseUrl + "/job/indexing?board_key="
                                                                                  + board + "&key=first-delivery"))
                                            .header("X-API-KEY", apiKey).header("X-USER-EMAIL", userEmail).build(),
                                            HttpResponse.BodyHandlers.discarding());
                                }
                                if (n % every == 0) {
                                    System.gc();
                                    long used = memory.getHeapMemoryUsage().getUsed();
                                    maxHeap.accumulateAndGet(used, Math::max);
                                    System.out.println("heap " + n + " " + used);
                                }
                                if (n == expected) {
                                    done.countDown();
                                }
                            });
                }
            });
            context.start();
            System.gc();
            System.out.println("baseline " + memory.getHeapMemoryUsage().getUsed());
            context.getRouteController().startRoute("sync");
            boolean complete = done.await(10, TimeUnit.MINUTES);
            context.getRouteController().stopRoute("sync");
            System.out.println("delivered " + delivered.get() + " complete " + complete + " maxHeapAfterGc "
                               + maxHeap.get() + " maxHeapSetting " + Runtime.getRuntime().maxMemory());
        }
    }
}

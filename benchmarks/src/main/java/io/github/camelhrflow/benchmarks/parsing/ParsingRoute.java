package io.github.camelhrflow.benchmarks.parsing;

import java.io.File;
import java.nio.file.Path;

import io.github.camelhrflow.HrFlowParsingOptions;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.DelayDefinition;
import org.apache.camel.model.LoopDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;

/**
 * One way's route: the folder's files through {@code file:} (the same options for every way), each to a profile in
 * the source, each profile handed to the {@link Tally}. Built with its route stopped; starting it is the run.
 */
final class ParsingRoute extends RouteBuilder {

    static final String ROUTE = "cvs";
    private static final String REFERENCE = "reference";

    private final ParsingWay way;
    private final Path folder;
    private final String baseUrl;
    private final String sourceKey;
    private final String apiKey;
    private final String userEmail;
    private final long awaitInterval;
    private final int files;
    private final Tally tally;

    /**
     * @param awaitInterval ms between two questions whether a profile exists: the hand-written loop's delay; for
     *                      camel-hrflow given only when it is not the option's default
     * @param files         the files in the folder: camel-hrflow's {@code maxConcurrentParsing} when every file is to
     *                      be in flight
     */
    ParsingRoute(ParsingWay way, Path folder, String baseUrl, String sourceKey, String apiKey, String userEmail,
                 long awaitInterval, int files, Tally tally) {
        this.way = way;
        this.folder = folder;
        this.baseUrl = baseUrl;
        this.sourceKey = sourceKey;
        this.apiKey = apiKey;
        this.userEmail = userEmail;
        this.awaitInterval = awaitInterval;
        this.files = files;
        this.tally = tally;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(tally::failed);
        // noop: the folder is read again by the next run's route (a new context, so a new idempotent memory)
        RouteDefinition route = from("file:" + folder + "?noop=true&initialDelay=0").routeId(ROUTE)
                .autoStartup(false);
        if (way == ParsingWay.CAMEL_HRFLOW || way == ParsingWay.CAMEL_HRFLOW_ALL) {
            route.to("hrflow:profile-parsing?sourceKey=" + sourceKey
                     + (way == ParsingWay.CAMEL_HRFLOW ? "" : "&maxConcurrentParsing=" + files)
                     + (awaitInterval == HrFlowParsingOptions.DEFAULT_AWAIT_INTERVAL ? ""
                             : "&awaitInterval=" + awaitInterval))
                    .process(tally::profile);
            return;
        }
        boolean threads = way == ParsingWay.HAND_WRITTEN_THREADS;
        if (threads) {
            route.threads(HrFlowParsingOptions.DEFAULT_MAX_CONCURRENT_PARSING);
        }
        // what a user writes without camel-hrflow: credentials as headers, the file name as reference, the
        // multipart body by hand, then ask every awaitInterval ms until the profile is there
        LoopDefinition poll = route.setHeader("X-API-KEY", constant(apiKey))
                .setHeader("X-USER-EMAIL", constant(userEmail))
                .setProperty(REFERENCE, simple("${file:onlyname}"))
                .process(this::multipart)
                .to(baseUrl + "/profile/parsing/file")
                .loopDoWhile(header(Exchange.HTTP_RESPONSE_CODE).isNotEqualTo(200));
        DelayDefinition wait = poll.delay(awaitInterval);
        if (threads) {
            // the wait holds its thread, so that threads(16) bounds the files in flight and not only the uploads
            wait.syncDelayed();
        }
        poll.setBody(constant(null))
                .toD(baseUrl + "/profile/indexing?source_key=" + sourceKey
                     + "&reference=${exchangeProperty." + REFERENCE + "}&throwExceptionOnFailure=false")
                // a step after the GET: with the GET last, the loop's condition does not see its answer and the
                // loop asks once more than needed (Camel 4.18), an interval lost per file
                .log(LoggingLevel.DEBUG, "Profile ${exchangeProperty." + REFERENCE + "}: HTTP ${header."
                                         + Exchange.HTTP_RESPONSE_CODE + "}")
                .end()
                .unmarshal().json(ProfileEnvelope.class)
                .process(exchange -> exchange.getMessage()
                        .setBody(exchange.getMessage().getBody(ProfileEnvelope.class).getData()))
                .process(tally::profile);
    }

    private void multipart(Exchange exchange) {
        File file = exchange.getMessage().getBody(File.class);
        exchange.getMessage().setBody(MultipartEntityBuilder.create()
                .addTextBody("source_key", sourceKey)
                .addTextBody("reference", exchange.getProperty(REFERENCE, String.class))
                .addBinaryBody("file", file, ContentType.DEFAULT_BINARY, file.getName())
                .build());
    }
}

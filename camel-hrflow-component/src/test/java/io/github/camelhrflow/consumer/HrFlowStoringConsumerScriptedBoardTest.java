package io.github.camelhrflow.consumer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Boards the sandbox cannot make, scripted as the sandbox's answers: jobs leaving the list while a poll pages through it
 * (the sandbox's own store cannot time a removal between two requests of one poll) and jobs without a readable
 * {@code updated_at}. A job that leaves
 * moves every unread job one place forward; the scan sees the smaller {@code meta.total} and steps back, so no job is
 * skipped.
 */
class HrFlowStoringConsumerScriptedBoardTest extends SandboxTestSupport {

    private static final DateTimeFormatter HRFLOW_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);
    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");
    /** Every page is scripted: the board need not exist in the sandbox. */
    private static final String BOARD = "5c41b0a4d0000000000000000000000000000001";

    /** The listed jobs, newest first, as HrFlow sorts them for the consumer. */
    private final List<Integer> listed = new CopyOnWriteArrayList<>();
    /** Jobs that leave the list right after the request with this number (1 for the first) was answered. */
    private final Map<Integer, List<Integer>> leaving = new HashMap<>();
    private final List<String> pages = new CopyOnWriteArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    /** The {@code updated_at} of a job when not its own second after T0; {@code null}: the job has none. */
    private final Map<Integer, String> times = new HashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("hrflow:job-storing?boardKey=" + BOARD + "&pageSize=3&startScheduler=false").routeId("sync")
                        .process(e -> delivered.add(e.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class)));
            }
        };
    }

    private void board(int jobs) {
        for (int i = jobs - 1; i >= 0; i--) {
            listed.add(i);
        }
        sandbox.faults().answerWith(request -> {
            int page = Integer.parseInt(request.param("page"));
            int limit = Integer.parseInt(request.param("limit"));
            ScriptedAnswer reply = ScriptedAnswer.json(200, page(page, limit));
            pages.add(page + "/" + listed.size());
            for (Integer job : leaving.getOrDefault(pages.size(), List.of())) {
                listed.remove(job);
            }
            return reply;
        });
    }

    private String page(int page, int limit) {
        List<Integer> jobs = List.copyOf(listed);
        int from = Math.min(jobs.size(), (page - 1) * limit);
        List<Integer> data = jobs.subList(from, Math.min(jobs.size(), from + limit));
        StringBuilder json = new StringBuilder("{\"code\":200,\"message\":\"List of jobs\",\"meta\":{\"page\":")
                .append(page).append(",\"maxPage\":").append(Math.max(1, (jobs.size() + limit - 1) / limit))
                .append(",\"count\":").append(data.size()).append(",\"total\":").append(jobs.size())
                .append("},\"data\":[");
        for (int i = 0; i < data.size(); i++) {
            int job = data.get(i);
            String time = times.containsKey(job) ? times.get(job) : HRFLOW_TIME.format(T0.plusSeconds(job));
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(job).append(",\"key\":\"").append(key(job))
                    .append("\",\"board_key\":\"").append(BOARD).append("\",\"name\":\"Job ").append(job)
                    .append("\",\"created_at\":\"").append(HRFLOW_TIME.format(T0)).append("\"")
                    .append(time == null ? "" : ",\"updated_at\":\"" + time + "\"").append("}");
        }
        return json.append("]}").toString();
    }

    private static String key(int job) {
        return String.format("%040x", job);
    }

    private static List<String> keys(int... jobs) {
        List<String> keys = new ArrayList<>();
        for (int job : jobs) {
            keys.add(key(job));
        }
        return keys;
    }

    private HrFlowStoringConsumer boardConsumer() {
        return (HrFlowStoringConsumer) context.getRoute("sync").getConsumer();
    }

    @Test
    void jobsWithoutAReadableUpdateTimeAreDeliveredOnceAsTheOldest() {
        board(4);
        // listed last, as HrFlow would sort them; delivered first, by the first poll only
        times.put(1, "soon");
        times.put(0, null);

        boardConsumer().run();
        boardConsumer().run();

        assertEquals(keys(1, 0, 2, 3), delivered);
        assertEquals(List.of("1/4", "2/4", "1/4"), pages);
    }

    @Test
    void jobsLeavingAfterTheFirstPageMakeTheScanReadFromTheStartAgain() {
        board(10);
        // jobs 8 and 7, read on page 1, leave: 6 and 5 move onto page 1
        leaving.put(1, List.of(8, 7));

        boardConsumer().run();

        assertEquals(keys(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), delivered);
        assertEquals(List.of("1/10", "2/8", "1/8", "2/8", "3/8"), pages);
        assertEquals(5, boardConsumer().getStatistics().getRequests());
    }

    @Test
    void aJobLeavingDeepInTheBoardMakesTheScanStepBackOnePage() {
        board(12);
        // after page 3 (jobs 5, 4, 3) job 9 leaves: job 2 moves onto page 3, past the reader
        leaving.put(3, List.of(9));

        boardConsumer().run();

        assertEquals(keys(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), delivered);
        assertEquals(List.of("1/12", "2/12", "3/12", "4/11", "3/11", "4/11"), pages);
    }

    @Test
    void manyJobsLeavingAtOnceStepBackAsFarAsTheyMovedTheRest() {
        board(15);
        // after page 4 (jobs 5, 4, 3), four jobs already read leave: the unread 2, 1 and 0 move up to pages 3 and 4
        leaving.put(4, List.of(14, 12, 10, 8));

        boardConsumer().run();

        assertEquals(keys(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), delivered);
        assertEquals(List.of("1/15", "2/15", "3/15", "4/15", "5/11", "3/11", "4/11"), pages);
    }
}

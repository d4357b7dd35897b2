package io.github.camelhrflow.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /v1/storing/jobs}: the jobs of one or more boards, filtered by creation or update time,
 * sorted and paged. Jobs are always returned whole, whatever {@code return_job} says.
 */
final class StoringApi {

    static final String PATH = "/v1/storing/jobs";
    static final int DEFAULT_LIMIT = 30;

    private static final Set<String> SORT_FIELDS = Set.of("created_at", "updated_at");
    private static final Set<String> ORDERS = Set.of("asc", "desc");

    private final JobStore store;

    StoringApi(JobStore store) {
        this.store = store;
    }

    void register(Router router, Authenticator authenticator) {
        router.add("GET", PATH, authenticator.protect(this::list));
    }

    private ApiResponse list(ApiRequest request) {
        List<String> boardKeys = boardKeys(request.requiredParam("board_keys"));
        int page = positive(request, "page", 1);
        int limit = positive(request, "limit", DEFAULT_LIMIT);
        String sortBy = oneOf(request, "sort_by", "created_at", SORT_FIELDS);
        boolean descending = oneOf(request, "order_by", "desc", ORDERS).equals("desc");
        Predicate<ObjectNode> filter = within(request, "created_at").and(within(request, "updated_at"));

        List<ObjectNode> matching = new ArrayList<>();
        for (String boardKey : boardKeys) {
            if (!store.hasBoard(boardKey)) {
                throw ApiException.notFound("board");
            }
            store.jobs(boardKey).stream().filter(filter).forEach(matching::add);
        }
        Comparator<ObjectNode> order = Comparator
                .comparing((ObjectNode job) -> time(job, sortBy), Comparator.nullsFirst(Comparator.naturalOrder()))
                // a stable tie-break keeps paging over equal timestamps deterministic
                .thenComparing(job -> job.path("key").asText());
        matching.sort(descending ? order.reversed() : order);

        int total = matching.size();
        int from = (int) Math.min((long) (page - 1) * limit, total);
        List<ObjectNode> pageJobs = matching.subList(from, Math.min(from + limit, total));

        ObjectNode body = ApiResponse.envelope(200, "List of jobs");
        body.putObject("meta")
                .put("page", page)
                .put("maxPage", Math.max(1, (total + limit - 1) / limit))
                .put("count", pageJobs.size())
                .put("total", total);
        body.putArray("data").addAll(pageJobs);
        return ApiResponse.json(200, body);
    }

    /** HrFlow takes the board keys as a JSON array inside the query string. */
    private static List<String> boardKeys(String value) {
        try {
            JsonNode keys = Json.MAPPER.readTree(value);
            if (keys != null && keys.isArray() && !keys.isEmpty()) {
                List<String> list = new ArrayList<>();
                for (JsonNode key : keys) {
                    if (!key.isTextual()) {
                        break;
                    }
                    list.add(key.asText());
                }
                if (list.size() == keys.size()) {
                    return list;
                }
            }
        } catch (JsonProcessingException e) {
            // answered below like any other malformed value
        }
        throw ApiException.badRequest("Invalid parameters. board_keys must be a JSON array of board keys, got: " + value);
    }

    private static int positive(ApiRequest request, String name, int fallback) {
        String value = request.param(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("Invalid parameters. " + name + " must be a positive integer, got: " + value);
    }

    private static String oneOf(ApiRequest request, String name, String fallback, Set<String> allowed) {
        String value = Optional.ofNullable(request.param(name)).orElse(fallback);
        if (!allowed.contains(value)) {
            throw ApiException.badRequest("Invalid parameters. " + name + " must be one of " + allowed + ", got: " + value);
        }
        return value;
    }

    /** The {@code <field>_min} / {@code <field>_max} filter; jobs without a readable time fail an active filter. */
    private static Predicate<ObjectNode> within(ApiRequest request, String field) {
        Instant min = bound(request, field + "_min");
        Instant max = bound(request, field + "_max");
        if (min == null && max == null) {
            return job -> true;
        }
        return job -> {
            Instant time = time(job, field);
            return time != null && (min == null || !time.isBefore(min)) && (max == null || !time.isAfter(max));
        };
    }

    private static Instant bound(ApiRequest request, String name) {
        String value = request.param(name);
        if (value == null) {
            return null;
        }
        return Timestamps.parse(value).orElseThrow(() ->
                ApiException.badRequest("Invalid parameters. " + name + " is not a date: " + value));
    }

    private static Instant time(ObjectNode job, String field) {
        JsonNode value = job.get(field);
        return value != null && value.isTextual() ? Timestamps.parse(value.asText()).orElse(null) : null;
    }
}

package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * {@code /v1/storing/jobs} and {@code /v1/storing/profiles}: the items of one or more containers,
 * filtered, sorted and paged with the parameters HrFlow documents. Parameters HrFlow does not document, such as {@code updated_at_min},
 * are ignored as any API ignores what it does not know: a client that relied on them would work
 * here and fail on HrFlow.
 */
final class StoringApi {

    /** {@code /v1/storing/jobs}. */
    static final String PATH = Resource.JOB.storingPath();
    static final int DEFAULT_LIMIT = 30;

    private static final Set<String> SORT_FIELDS = Set.of("created_at", "updated_at");
    private static final Set<String> ORDERS = Set.of("asc", "desc");

    private final JobStore store;
    private final Resource resource;
    private final boolean listArchived;

    StoringApi(JobStore store, Resource resource, boolean listArchived) {
        this.store = store;
        this.resource = resource;
        this.listArchived = listArchived;
    }

    void register(Router router, Authenticator authenticator) {
        router.add("GET", resource.storingPath(), authenticator.protect(this::list));
    }

    private ApiResponse list(ApiRequest request) {
        List<String> containerKeys = containerKeys(request.requiredParam(resource.containerKeysParam()));
        int page = positive(request, "page", 1);
        int limit = positive(request, "limit", DEFAULT_LIMIT);
        ListingOrder order = ListingOrder.of(oneOf(request, "sort_by", "created_at", SORT_FIELDS),
                oneOf(request, "order_by", "desc", ORDERS).equals("desc"));
        boolean wholeItems = bool(request, resource.returnParam());
        CreatedRange created = createdWithin(request);
        Predicate<StoredItem> others = named(request.param("name"));
        if (!listArchived) {
            others = others == null ? job -> !job.archived() : others.and(job -> !job.archived());
        }
        ListingPage listed = store.listing(resource, containerKeys, order,
                new ListingPage.Query(order, created, others, page, limit)::read);
        List<StoredItem> pageJobs = listed.jobs();
        int total = listed.total();

        ObjectNode body = ApiResponse.envelope(200, resource.listMessage());
        body.putObject("meta")
                .put("page", page)
                .put("maxPage", Math.max(1, (total + limit - 1) / limit))
                .put("count", pageJobs.size())
                .put("total", total);
        ArrayNode data = body.putArray("data");
        // the stored text is the job as stored, written out as it is
        pageJobs.forEach(job -> {
            if (wholeItems) {
                data.addRawValue(new RawValue(job.text()));
            } else {
                data.add(shortForm(job.tree()));
            }
        });
        return ApiResponse.json(200, body).withSeq(listed.seq());
    }

    private ObjectNode shortForm(ObjectNode job) {
        ObjectNode copy = Json.MAPPER.createObjectNode();
        resource.shortFields().forEach(field -> copy.set(field, job.get(field)));
        return copy;
    }

    /** HrFlow takes the board (or source) keys as a JSON array inside the query string. */
    private List<String> containerKeys(String value) {
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
        throw ApiException
                .badRequest("Invalid parameters. " + resource.containerKeysParam() + " must be a JSON array of "
                            + resource.container() + " keys, got: " + value);
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
            throw ApiException
                    .badRequest("Invalid parameters. " + name + " must be one of " + allowed + ", got: " + value);
        }
        return value;
    }

    private static boolean bool(ApiRequest request, String name) {
        String value = Optional.ofNullable(request.param(name)).orElse("false").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default ->
                throw ApiException.badRequest("Invalid parameters. " + name + " must be true or false, got: " + value);
        };
    }

    /**
     * {@code created_at_min} / {@code created_at_max}, both inclusive; a bare date as maximum includes
     * that whole day. Jobs without a readable creation time fail an active filter.
     */
    private static CreatedRange createdWithin(ApiRequest request) {
        Instant min = bound(request, "created_at_min");
        String maxText = request.param("created_at_max");
        Instant max = bound(request, "created_at_max");
        if (max != null && Timestamps.isDateOnly(maxText)) {
            max = max.plus(1, ChronoUnit.DAYS).minusNanos(1);
        }
        return min == null && max == null ? null : new CreatedRange(min, max);
    }

    /** HrFlow does not say how {@code name} matches; the sandbox takes a case-insensitive substring. Null: any. */
    private static Predicate<StoredItem> named(String name) {
        // a job's name, a profile's info.full_name
        if (name == null) {
            return null;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return job -> job.name() != null && job.name().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static Instant bound(ApiRequest request, String name) {
        String value = request.param(name);
        if (value == null) {
            return null;
        }
        return Timestamps.parse(value)
                .orElseThrow(() -> ApiException.badRequest("Invalid parameters. " + name + " is not a date: " + value));
    }
}

package io.github.camelhrflow;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelhrflow.client.HrFlowResource;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Which API an endpoint option serves, read from the label of its {@code @UriParam} (ours and those Camel's endpoint
 * classes declare), so that the catalog and the check of {@link HrFlowApi#rejectForeignOptions} never disagree. A label
 * word restricts an option: {@code consumer} to the APIs with a consumer (the storing ones), {@code indexing},
 * {@code storing}, {@code parsing} to those kinds of API, a resource noun ({@code job}, {@code profile}) to that resource's APIs. An
 * option with none of these words serves every API.
 */
final class HrFlowApiOptions {

    /** Option name to the words of its label, from the endpoint class and its superclasses. */
    private static final Map<String, Set<String>> LABELS = labels();

    private HrFlowApiOptions() {
    }

    /** Why {@code option} does not serve {@code api}, or {@code null} when it does (or is unknown here). */
    static String refusal(String option, HrFlowApi api) {
        Set<String> words = LABELS.get(option);
        if (words == null) {
            return null;
        }
        if (words.contains("consumer") && !api.consumes()) {
            return "it is an option of the consumer, and " + api.uri() + " only sends requests";
        }
        // an option labelled with kinds serves those kinds: reference is an indexing and a parsing option
        List<String> kinds = Arrays.stream(HrFlowApi.Kind.values()).map(HrFlowApi.Kind::word)
                .filter(words::contains).toList();
        if (!kinds.isEmpty() && !kinds.contains(api.kind().word())) {
            return "it is an option of the " + String.join(" and ", kinds) + " APIs";
        }
        for (HrFlowResource resource : HrFlowResource.values()) {
            if (words.contains(resource.noun()) && api.resource() != resource) {
                return "it names a " + resource.storage() + ", and " + api.resource().noun() + "s are kept in "
                       + api.resource().storage() + "s: use " + api.resource().storageOption();
            }
        }
        return null;
    }

    private static Map<String, Set<String>> labels() {
        Map<String, Set<String>> labels = new HashMap<>();
        for (Class<?> type = HrFlowEndpoint.class; type != null && type != Object.class; type = type.getSuperclass()) {
            collect(type, labels);
        }
        return Map.copyOf(labels);
    }

    private static void collect(Class<?> type, Map<String, Set<String>> labels) {
        for (Field field : type.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            if (param == null) {
                continue;
            }
            if (field.getType().isAnnotationPresent(UriParams.class)) {
                collect(field.getType(), labels);
                continue;
            }
            String name = param.name().isEmpty() ? field.getName() : param.name();
            // a subclass declares an option again to document it: its label wins
            labels.putIfAbsent(name, Arrays.stream(param.label().toLowerCase(Locale.ROOT).split("[^a-z]+"))
                    .filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
    }
}

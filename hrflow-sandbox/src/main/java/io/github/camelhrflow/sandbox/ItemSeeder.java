package io.github.camelhrflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates many varied items fast, for containers of thousands: times spread over the 30 days before
 * the clock's now, with bursts that share one second (as bulk imports do). What an item holds is the
 * subclass's; the same seed gives the same items on an equally filled container.
 */
abstract class ItemSeeder {

    private static final int SPREAD_SECONDS = 30 * 24 * 3600;

    private final JobStore store;
    private final Resource resource;

    ItemSeeder(JobStore store, Resource resource) {
        this.store = store;
        this.resource = resource;
    }

    /** Adds {@code count} items to the container in one write; returns their keys in insertion order. */
    List<String> seed(String containerKey, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        ContainerInfo container = store.container(resource, containerKey).orElseThrow(
                () -> new IllegalArgumentException("Unknown " + resource.container() + " " + containerKey));
        // the container's size joins the seed, so seeding the same container twice adds new items
        Random random =
                new Random(seed * 31 + containerKey.hashCode() * 17L + store.count(resource, containerKey));
        Instant now = store.clock().now();
        long firstId = store.reserveIds(resource, count);
        // each tree becomes compact text at once: 100,000 trees at a time would need about 500 MB
        List<StoredItem> items = new ArrayList<>(count);
        List<String> keys = new ArrayList<>(count);
        Instant previous = now.minusSeconds(random.nextInt(SPREAD_SECONDS));
        for (int i = 0; i < count; i++) {
            // one item in five shares the previous item's second, as a bulk import does
            Instant created = random.nextInt(5) == 0 ? previous : now.minusSeconds(random.nextInt(SPREAD_SECONDS));
            Instant updated = random.nextBoolean() ? created
                    : min(now, created.plus(Duration.ofSeconds(random.nextInt(10 * 24 * 3600))));
            previous = created;
            StoredItem item = StoredItem.of(resource, item(random, container, firstId + i, created, updated));
            items.add(item);
            keys.add(item.key());
        }
        store.addAll(resource, containerKey, items);
        return keys;
    }

    /** One generated item, laid out as HrFlow answers it. */
    abstract ObjectNode item(Random random, ContainerInfo container, long id, Instant created, Instant updated);

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

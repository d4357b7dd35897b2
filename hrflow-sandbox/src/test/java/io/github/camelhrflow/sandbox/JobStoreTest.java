package io.github.camelhrflow.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobStoreTest {

    private final JobStore store = new JobStore();

    private static ObjectNode job(String key, String reference) {
        ObjectNode job = SandboxClient.MAPPER.createObjectNode().put("key", key);
        return reference == null ? job.putNull("reference") : job.put("reference", reference);
    }

    @Test
    void findsJobsByKeyAndReferenceWithinTheirBoard() {
        store.putBoard(Board.of("b1", "one"));
        store.putBoard(Board.of("b2", "two"));
        store.putJob("b1", job("k1", "r1"));
        store.putJob("b1", job("k2", null));

        assertEquals("r1", store.jobByKey("b1", "k1").orElseThrow().get("reference").asText());
        assertEquals("k1", store.jobByReference("b1", "r1").orElseThrow().get("key").asText());
        assertTrue(store.jobByKey("b2", "k1").isEmpty());
        assertTrue(store.jobByReference("b9", "r1").isEmpty());
        assertEquals(List.of("k1", "k2"), store.jobKeys("b1"));
        assertEquals(List.of("r1"), store.jobReferences("b1"));
        assertEquals(List.of(), store.jobKeys("b9"));
    }

    @Test
    void replacingAJobMovesItsReference() {
        store.putBoard(Board.of("b", "board"));
        store.putJob("b", job("k", "old"));

        store.putJob("b", job("k", "new"));

        assertTrue(store.jobByReference("b", "old").isEmpty());
        assertEquals("k", store.jobByReference("b", "new").orElseThrow().get("key").asText());
        assertEquals(1, store.jobs("b").size());
    }

    @Test
    void storedJobsCannotBeChangedFromOutside() {
        store.putBoard(Board.of("b", "board"));
        ObjectNode original = job("k", "r");
        store.putJob("b", original);

        original.put("name", "changed after put");
        store.jobByKey("b", "k").orElseThrow().put("name", "changed after get");

        assertTrue(store.jobByKey("b", "k").orElseThrow().path("name").isMissingNode());
    }

    @Test
    void replacingABoardDescriptionKeepsItsJobs() {
        store.putBoard(Board.of("b", "before"));
        store.putJob("b", job("k", null));

        store.putBoard(Board.of("b", "after"));

        assertEquals("after", store.board("b").orElseThrow().name());
        assertEquals(List.of("k"), store.jobKeys("b"));
    }

    @Test
    void rejectsJobsWithoutKeyOrBoard() {
        store.putBoard(Board.of("b", "board"));

        assertThrows(IllegalArgumentException.class, () -> store.putJob("b", SandboxClient.MAPPER.createObjectNode()));
        assertThrows(IllegalArgumentException.class, () -> store.putJob("nope", job("k", null)));
    }

    @Test
    void putJobRecordsAVersionOnlyWhenUpdatedAtChanges() {
        store.putBoard(Board.of("b", "board"));
        store.putJob("b", job("k", "r").put("updated_at", "2024-01-01T00:00:00+0000"));
        store.putJob("b", job("k", "r").put("updated_at", "2024-01-01T00:00:00+0000").put("name", "same second"));
        store.putJob("b", job("k", "r").put("updated_at", "2024-01-02T00:00:00+0000"));

        List<JobVersion> history = store.history("b");

        assertEquals(2, history.size());
        assertEquals("2024-01-01T00:00:00+0000", history.get(0).updatedAt());
        assertEquals(history.get(1).fromSeq(), history.get(0).untilSeq());
        assertTrue(history.get(1).isCurrent());
        assertEquals(store.lastSeq(), history.get(1).fromSeq());
    }
}

package io.github.camelhrflow.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParamsTest {

    @Test
    void splitsBeforeDecoding() {
        QueryParams params =
                QueryParams.parse("reference=R%26D%201%2F2%3Fx%3Dy%23z%20%C3%A9%2B%25&key=a+b&flag&key=second");

        assertEquals("R&D 1/2?x=y#z é+%", params.get("reference"));
        assertEquals("a b", params.get("key"));
        assertEquals(
                Map.of("reference", List.of("R&D 1/2?x=y#z é+%"), "key", List.of("a b", "second"), "flag", List.of("")),
                params.asMap());
    }

    @Test
    void absentAndEmptyValuesAreNull() {
        assertNull(QueryParams.parse(null).get("key"));
        assertNull(QueryParams.parse("").get("key"));
        assertNull(QueryParams.parse("key=").get("key"));
        assertNull(QueryParams.parse("key").get("key"));
    }

    @Test
    void malformedEscapeIsABadRequest() {
        ApiException e = assertThrows(ApiException.class, () -> QueryParams.parse("key=%zz").get("key"));

        assertEquals(400, e.status());
    }
}

package io.sourcemark.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonProblemsTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonProcessingException problem(String text) {
        return assertThrows(JsonProcessingException.class, () -> json.readTree(text));
    }

    @Test
    void theLimitsOfTheReaderAreSaidWithoutTheLibrarysAdvice() {
        String longValue = "{\"value\": \"" + "x".repeat(20_000_001) + "\"}";
        assertEquals("it holds a value too long to read", JsonProblems.describeWithPlace(problem(longValue)));
        assertEquals("it is nested deeper than is read", JsonProblems.describe(problem("[".repeat(1_001))));
        String said = JsonProblems.describe(problem("{\"value\": " + "1".repeat(1_001) + "}"));
        assertEquals("it holds a number too long to read", said);
        assertFalse(said.contains("StreamReadConstraints"));
    }

    @Test
    void brokenJsonIsSaidWithWhereItBreaks() {
        String said = JsonProblems.describeWithPlace(problem("{\"value\":\n  oops}"));
        assertTrue(said.startsWith("Unrecognized token 'oops'"), said);
        assertTrue(said.endsWith("line 2, column 7"), said);
    }
}

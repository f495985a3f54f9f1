package io.sourcemark.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * What is wrong with a JSON text, in the words of a message to the analyst: where it stops being JSON, or that a
 * value is longer, or nested deeper, than it is read — never the JSON library's advice to its programmers.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.contains("nesting depth")) {
                return "it is nested deeper than is read";
            }
            if (message.contains("Number value length")) {
                return "it holds a number too long to read";
            }
            return "it holds a value too long to read";
        }
        return e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    }

    /** As {@link #describe}, with the line and column where the text stops being JSON. */
    public static String describeWithPlace(JsonProcessingException e) {
        return e instanceof StreamConstraintsException || e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? describe(e) : describe(e) + ", line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }
}

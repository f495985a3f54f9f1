package io.sourcemark.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The vocabulary of the W3C export: the Web Annotation context, and Sourcemark's own terms (prefix {@code sm:}) for
 * what the Web Annotation model has no word for (the article's text and metadata, kinds, origins, speakers, verdicts,
 * evidence, relations), so that an export reads back without loss.
 */
final class WebAnnotationTerms {

    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String VOCABULARY = "https://sourcemark.io/ns#";
    static final String URN = "urn:uuid:";

    private WebAnnotationTerms() {
    }

    static ArrayNode context(ObjectMapper json) {
        ArrayNode context = json.createArrayNode().add(ANNO_CONTEXT);
        ObjectNode ours = context.addObject();
        ours.put("sm", VOCABULARY);
        for (String reference : new String[] {"sm:speaker", "sm:tag", "sm:parent"}) {
            ours.putObject(reference).put("@type", "@id");
        }
        for (String ordered : new String[] {"sm:pieces", "sm:aliases", "sm:evidence"}) {
            ours.putObject(ordered).put("@container", "@list");
        }
        ours.putObject("sm:reviewedAt").put("@type", "xsd:dateTime");
        ours.putObject("sm:accessed").put("@type", "xsd:date");
        ours.putObject("sm:score").put("@type", "xsd:double");
        return context;
    }

    static String iri(String uid) {
        return URN + uid;
    }

    /** The uid an IRI of ours names, or null for an IRI that is not a {@code urn:uuid:}. */
    static String uid(String iri) {
        return iri != null && iri.startsWith(URN) && iri.length() > URN.length() ? iri.substring(URN.length()) : null;
    }

    /** A stable IRI for something that has no uid of its own (the collection of an article, its page). */
    static String derived(String what, String uid) {
        return iri(UUID.nameUUIDFromBytes((what + ":" + uid).getBytes(StandardCharsets.UTF_8)).toString());
    }
}

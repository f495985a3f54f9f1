package io.sourcemark.export;

import io.sourcemark.model.Relation;

/**
 * One link of a statement as a report shows it: "supports [3] “…”", or, for a link that ends here, "[3] “…” supports
 * this".
 *
 * @param number the other end's number in this report, or null when it is not listed (another article, a speaker)
 * @param text   the other end's words
 * @param where  the title of the other end's article when it is another one, else null
 * @param note   the link's note, or null
 */
record LinkRow(Relation relation, boolean outgoing, Integer number, String text, String where, String uid,
               String note) {

    String relationWords() {
        return Labels.relation(relation);
    }

    /** The whole link in words, for formats without links of their own (CSV, Markdown). */
    String describe() {
        String other = (number != null ? "[" + number + "] " : "") + "“" + text + "”"
                + (where != null ? " in “" + where + "”" : "");
        return outgoing ? relationWords() + " " + other : other + " " + relationWords() + " this";
    }
}

package io.sourcemark.service;

/**
 * What deleting a tag would do, for the confirmation: the highlights that carry it lose it, the tag spans it alone
 * marks are deleted with it, its sub-tags move to the top level. Undo brings all of it back.
 *
 * @param highlights how many annotations carry the tag
 * @param spans      of those, the tag spans whose only tag it is
 * @param subTags    how many tags have it as their parent
 */
public record TagDeletion(String name, int highlights, int spans, int subTags) {

    /** The confirmation's text, in the analyst's words. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (highlights == 0) {
            text.append("No highlight carries “").append(name).append("”.");
        } else {
            text.append(count(highlights, "highlight")).append(highlights == 1 ? " carries “" : " carry “").append(name).append("”: ")
                    .append(highlights == 1 ? "it loses" : "they lose").append(" the tag");
            int kept = highlights - spans;
            if (spans > 0) {
                text.append("; ").append(count(spans, "tag span")).append(" marked only with it ")
                        .append(spans == 1 ? "is" : "are").append(" deleted");
                if (kept > 0) {
                    text.append(", the other ").append(count(kept, "highlight")).append(" stay");
                }
            } else {
                text.append(highlights == 1 ? ", and stays" : ", and stay");
            }
            text.append('.');
        }
        if (subTags > 0) {
            text.append(' ').append(count(subTags, "sub-tag")).append(subTags == 1 ? " moves" : " move")
                    .append(" to the top level.");
        }
        return text.append(" Undo brings it all back.").toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

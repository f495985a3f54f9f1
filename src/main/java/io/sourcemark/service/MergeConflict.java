package io.sourcemark.service;

/**
 * Something an imported file says otherwise than the project: the project's value was kept, the file's is shown so
 * that the analyst can decide.
 *
 * @param article  the article's title
 * @param subject  what differs: "direct quote “…”", "the article", "speaker Jake Sullivan"
 * @param field    which of its values: "verdict", "speaker", "note", …
 * @param here     the project's value, kept
 * @param incoming the file's value, not applied
 */
public record MergeConflict(String article, String subject, String field, String here, String incoming) {

    /** One line for a list: "“Title”: direct quote “…”: verdict is Mostly true here, False in the file". */
    public String describe() {
        return "“" + article + "”: " + subject + ": " + field + " is " + here + " here, " + incoming + " in the file";
    }
}

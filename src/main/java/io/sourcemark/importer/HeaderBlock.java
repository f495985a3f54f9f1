package io.sourcemark.importer;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Key: value} lines at the top of a text file ({@code Title:}, {@code Source:}, {@code Date:}, …), ended
 * by a blank line. The first block is a header only when every line of it is such a line with a known-looking key
 * and a Title or Source key is present; otherwise it is the first paragraph of the article.
 *
 * @param fields the values by lower-case key, in file order
 * @param body   the text after the header block
 */
record HeaderBlock(Map<String, String> fields, String body) {

    /** A key and its value; a key with no value ("Title:") is a field left blank, not the article's words. */
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z-]{0,29}):(?:[ \\t]+(\\S.*)|[ \\t]*)");
    /** A capitalised word or hyphenated words ("Obtained-from", "Published-at"). */
    private static final Pattern KEY_SHAPE = Pattern.compile("[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*|URL|ID");
    private static final Set<String> KNOWN_KEYS = Set.of("title", "source", "date", "url", "license", "licence",
            "obtained-from", "note", "author", "authors", "byline", "by", "publisher", "published", "updated",
            "language", "dateline", "agency", "copyright", "credit", "section", "tags", "keywords", "subtitle",
            "summary", "description", "id", "location", "place");

    HeaderBlock {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The header of a normalised text, if its first block is one. */
    static Optional<HeaderBlock> parse(String normalizedText) {
        int end = normalizedText.indexOf("\n\n");
        String block = end < 0 ? normalizedText : normalizedText.substring(0, end);
        String rest = end < 0 ? "" : normalizedText.substring(end + 2);
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (String line : block.split("\n")) {
            Matcher m = FIELD.matcher(line);
            if (!m.matches() || !isKnownLooking(m.group(1))) {
                return Optional.empty();
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            keys.add(key);
            if (m.group(2) != null) {
                fields.putIfAbsent(key, m.group(2).strip());
            }
        }
        if (!keys.contains("title") && !keys.contains("source")) {
            return Optional.empty();
        }
        return Optional.of(new HeaderBlock(fields, rest));
    }

    /** The value of a key (lower case), or null. */
    String get(String key) {
        return fields.get(key);
    }

    private static boolean isKnownLooking(String key) {
        return KNOWN_KEYS.contains(key.toLowerCase(Locale.ROOT)) || KEY_SHAPE.matcher(key).matches();
    }
}

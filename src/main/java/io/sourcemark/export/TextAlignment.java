package io.sourcemark.export;

import io.sourcemark.model.TextRange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the characters of a text stand in its normal form, when normalising only removed some (carriage returns,
 * byte-order marks, trailing spaces, extra blank lines, control characters), replaced halves of characters by U+FFFD
 * and appended line ends: ranges of the one map onto the other.
 * When it changed more (composed accents), a range is found again by its words.
 */
final class TextAlignment {

    private final String raw;
    private final String normal;
    /** For each index of the raw text 0..length, its index in the normal form; null when the texts do not align. */
    private final int[] map;

    private TextAlignment(String raw, String normal, int[] map) {
        this.raw = raw;
        this.normal = normal;
        this.map = map;
    }

    static TextAlignment between(String raw, String normal) {
        if (raw.equals(normal)) {
            return new TextAlignment(raw, normal, null);
        }
        int[] map = new int[raw.length() + 1];
        int j = 0;
        for (int i = 0; i < raw.length(); i++) {
            map[i] = j;
            char c = raw.charAt(i);
            if (j < normal.length() && (normal.charAt(j) == c || normal.charAt(j) == '\uFFFD'
                    && Character.isSurrogate(c))) {
                j++;
            } else if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                    || Character.isISOControl(c))) {
                return new TextAlignment(raw, normal, new int[0]);
            }
        }
        map[raw.length()] = j;
        return new TextAlignment(raw, normal, map);
    }

    /** The ranges in the normal form; empty when one of them cannot be placed there. */
    Optional<List<TextRange>> map(List<TextRange> rawRanges) {
        if (rawRanges == null) {
            return Optional.empty();
        }
        List<TextRange> mapped = new ArrayList<>();
        for (TextRange range : rawRanges) {
            TextRange placed = place(range);
            if (placed == null || placed.isEmpty()) {
                return Optional.empty();
            }
            mapped.add(placed);
        }
        return Optional.of(mapped);
    }

    private TextRange place(TextRange range) {
        if (map == null) {
            return range;
        }
        if (map.length > 0) {
            return new TextRange(map[range.start()], map[range.end()]);
        }
        String words = Normalizer.normalize(range.of(raw).strip(), Normalizer.Form.NFC);
        int approximate = (int) ((long) range.start() * normal.length() / Math.max(1, raw.length()));
        int after = normal.indexOf(words, Math.max(0, approximate - 200));
        int at = after >= 0 ? after : normal.indexOf(words);
        return at < 0 || words.isEmpty() ? null : new TextRange(at, at + words.length());
    }
}

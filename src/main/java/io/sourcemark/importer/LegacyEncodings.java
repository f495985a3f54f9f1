package io.sourcemark.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Text in a legacy 8-bit or multi-byte encoding, told by ICU's detector (byte statistics of each encoding and its
 * languages), not guessed. Only encodings that decode every byte are candidates; a text no candidate fits clearly,
 * or that two fit equally with different characters, is refused with the encodings tried.
 */
final class LegacyEncodings {

    /** ICU's confidence (0–100) below which a match is a guess. */
    private static final int MIN_CONFIDENCE = 20;
    /** Matches this close are a tie. */
    private static final int TIE = 5;

    private LegacyEncodings() {
    }

    static DecodedText decode(byte[] bytes, String fileName, boolean markup) throws ImportException {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        List<Candidate> candidates = new ArrayList<>();
        StringJoiner tried = new StringJoiner(", ", "UTF-8, UTF-16, ", "");
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (name.startsWith("UTF") || !Charset.isSupported(name)) {
                continue;
            }
            tried.add(String.format(Locale.ROOT, "%s (%d%%)", name, match.getConfidence()));
            try {
                String text = TextDecoder.decodeStrictly(Charset.forName(name), bytes);
                if (!TextDecoder.hasUnwantedControls(text)) {
                    candidates.add(new Candidate(name, match.getConfidence(), text));
                }
            } catch (CharacterCodingException notThisOne) {
                // Some byte has no character in this encoding: it is not the one.
            }
        }
        if (candidates.isEmpty() || candidates.get(0).confidence() < MIN_CONFIDENCE) {
            throw new ImportException(fileName, fileName + " is in an encoding Sourcemark cannot tell: it is not "
                    + "UTF-8 or UTF-16, and no other encoding fits it clearly (tried " + tried + "). Save it as "
                    + "UTF-8 and import it again.");
        }
        Candidate best = candidates.get(0);
        for (Candidate other : candidates.subList(1, candidates.size())) {
            if (other.confidence() > best.confidence() - TIE && !other.text().equals(best.text())) {
                throw new ImportException(fileName, fileName + " could be in " + best.name() + " or in "
                        + other.name() + ", which give different letters (tried " + tried + "). Save it as UTF-8 "
                        + "and import it again.");
            }
        }
        return new DecodedText(best.text(), best.name());
    }

    private record Candidate(String name, int confidence, String text) {
    }
}

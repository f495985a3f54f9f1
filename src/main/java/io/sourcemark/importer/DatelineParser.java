package io.sourcemark.importer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is nothing but an agency dateline: parts separated by {@code -}, {@code –} or {@code —},
 * each a date (with or without a time), a place with the agency in brackets, or a copyright notice. A line with any
 * other part is not a dateline, so an ordinary sentence is never taken for one.
 */
final class DatelineParser {

    private static final int MAX_LENGTH = 200;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]+\\s+|\\s*[–—]\\s*");
    private static final Pattern PLACE_AGENCY =
            Pattern.compile("([\\p{Lu}][\\p{L}\\p{M} .,'’-]{0,60}?),?\\s*\\(([\\p{L}][\\p{L}.&/ ]{0,30})\\)");
    private static final Pattern COPYRIGHT =
            Pattern.compile("(?:©|\\([cC]\\)|[Cc]opyright)\\s*(?:©\\s*)?(?:\\d{4}\\s+)?([\\p{Lu}][\\p{L}.& ]{0,40}?)"
                    + "\\.?(?:\\s*[,.]?\\s*(?i:all rights reserved)\\.?)?");
    /** Agencies that write numeric dates month first. */
    private static final Set<String> MONTH_FIRST_AGENCIES = Set.of("AP", "ASSOCIATED PRESS", "UPI");

    private DatelineParser() {
    }

    static Optional<Dateline> parse(String line) {
        String text = line.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.contains("\n")) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(text);
        String place = null;
        String agency = null;
        String datePart = null;
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            Matcher placeAgency = PLACE_AGENCY.matcher(part);
            Matcher copyright = COPYRIGHT.matcher(part);
            if (placeAgency.matches() && place == null) {
                place = placeAgency.group(1).strip();
                agency = placeAgency.group(2).strip();
            } else if (copyright.matches()) {
                agency = agency != null ? agency : copyright.group(1).strip();
            } else if (datePart == null && DateParser.parseWhole(part, true).isPresent()) {
                datePart = part;
            } else {
                return Optional.empty();
            }
        }
        if (agency == null || (place == null && datePart == null)) {
            return Optional.empty();
        }
        boolean monthFirst = MONTH_FIRST_AGENCIES.contains(agency.toUpperCase(Locale.ROOT));
        LocalDate date = datePart == null ? null : DateParser.parseWhole(datePart, monthFirst).orElse(null);
        return Optional.of(new Dateline(date, place, agency));
    }
}

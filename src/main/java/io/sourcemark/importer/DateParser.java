package io.sourcemark.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates news texts write: ISO, numeric day/month/year, and dates with an English month name. */
final class DateParser {

    private static final String WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final String TIME =
            "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})" + "(?:[T ]\\d{2}:\\d{2}\\S*)?");
    private static final Pattern NUMERIC = Pattern.compile(WEEKDAY + "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + TIME);
    private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY + "(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY + "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME);
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    private DateParser() {
    }

    /**
     * The date that is the whole of {@code text} (a time of day after it is allowed).
     *
     * @param monthFirst whether a numeric date is month/day/year (US agencies) rather than day/month/year
     */
    static Optional<LocalDate> parseWhole(String text, boolean monthFirst) {
        return parse(text.strip(), monthFirst, true);
    }

    /** The date at the start of {@code text}, ignoring what follows ("8 February 2024 (launch date)"). */
    static Optional<LocalDate> parseLeading(String text) {
        return parse(text.strip(), false, false);
    }

    /** An ISO date where the value starts with a readable date, else the value as written without its remark. */
    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = parseLeading(value);
        if (date.isPresent()) {
            return date.get().toString();
        }
        // "2024 (publication date not recorded in source)": keep what is known, drop the remark.
        String beforeRemark = value.replaceAll("\\s*\\(.*$", "").strip();
        return beforeRemark.isEmpty() ? value : beforeRemark;
    }

    private static Optional<LocalDate> parse(String text, boolean monthFirst, boolean whole) {
        Matcher m = ISO.matcher(text);
        if (matches(m, whole)) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(text);
        if (matches(m, whole)) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            // A number above 12 can only be the day, whatever the convention.
            boolean firstIsMonth = first <= 12 && (second > 12 || monthFirst);
            return firstIsMonth ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(3), m.group(2), m.group(1));
        }
        Matcher dm = DAY_MONTH.matcher(text);
        if (matches(dm, whole)) {
            return month(dm.group(2)).flatMap(month -> date(dm.group(3), month, dm.group(1)));
        }
        Matcher md = MONTH_DAY.matcher(text);
        if (matches(md, whole)) {
            return month(md.group(1)).flatMap(month -> date(md.group(3), month, md.group(2)));
        }
        return Optional.empty();
    }

    private static boolean matches(Matcher m, boolean whole) {
        return whole ? m.matches() : m.lookingAt();
    }

    /** The month number (as text) of an English month name or its abbreviation ("Sep", "Sept", "September"). */
    private static Optional<String> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(lower) && lower.length() >= 3 || lower.equals("sept") && i == 8) {
                return Optional.of(Integer.toString(i + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

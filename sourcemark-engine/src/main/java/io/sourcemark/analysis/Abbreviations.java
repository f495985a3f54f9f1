package io.sourcemark.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations whose period does not end a sentence or a name: titles before a name ("Sen.", "Lt. Col.", "Det.
 * Insp."), initials ("Laura R. Nakagawa"), party and state tags ("R-Tex.", "(D-Ore.)") and months before a day.
 */
final class Abbreviations {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "messrs", "dr", "prof", "st", "sen", "sens",
            "rep", "reps", "gov", "govs", "gen", "gens", "lt", "col", "capt", "cpt", "maj", "sgt", "cpl", "pvt", "adm",
            "cmdr", "cdr", "brig", "det", "insp", "supt", "ch", "const", "rev", "fr", "msgr", "hon", "del", "cllr",
            "atty", "amb", "pres", "jr", "sr", "mt", "ft");

    /** Abbreviations before a number: months ("Aug. 4"), "No. 10", "Vol. 2", "Art. 5". */
    private static final Set<String> BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "no", "nos", "vol", "art", "sec", "ch", "pp", "p");

    private Abbreviations() {
    }

    /** A word that, followed by a period, is an abbreviation inside a name or a mention ("Sen", "R", "D-Ore"). */
    static boolean inName(String word) {
        return isTitle(word) || isInitial(word) || isPartyTag(word)
                || word.length() <= 3 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean beforeNumber(String word) {
        return BEFORE_NUMBER.contains(word.toLowerCase(Locale.ROOT));
    }

    /** One capital letter: a middle initial ("Laura R. Nakagawa"). */
    static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** A party letter and a state abbreviation: "R-Tex", "D-Ore", "I-Vt". */
    static boolean isPartyTag(String word) {
        return word.length() >= 4 && word.length() <= 8 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '-'
                && Character.isUpperCase(word.charAt(2)) && word.substring(3).chars().allMatch(Character::isLetter);
    }
}

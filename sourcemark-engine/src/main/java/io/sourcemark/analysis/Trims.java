package io.sourcemark.analysis;

import java.util.regex.Pattern;

/** Small trims of mention text, with their patterns compiled once (they run for every source of every article). */
final class Trims {

    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern TRAILING_COMMAS_AND_SPACE = Pattern.compile("[,\\s]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern ARTICLE = Pattern.compile("^(?i)(a|an|the) ");
    private static final Pattern LOWER_ARTICLE = Pattern.compile("^(a|an|the) ");
    private static final Pattern THE = Pattern.compile("^(?i)(the) ");
    private static final Pattern NAME_LIST = Pattern.compile("\\p{Lu}[^,]*(?:, \\p{Lu}[^,]*)+,? and \\p{Lu}.*");
    private static final Pattern PARTICLE_NAME = Pattern.compile(
            "(al|el|ad|as|ibn|bin|de|da|di|du|van|von|la|le)-\\p{Lu}.*");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Trims() {
    }

    static String trailingComma(String s) {
        return s.endsWith(",") ? TRAILING_COMMA.matcher(s).replaceAll("") : s;
    }

    static String trailingCommasAndSpace(String s) {
        return TRAILING_COMMAS_AND_SPACE.matcher(s).replaceAll("");
    }

    static String possessive(String s) {
        return s.endsWith("s") ? POSSESSIVE.matcher(s).replaceAll("") : s;
    }

    /** "The minister" gives "minister"; any case of the article. */
    static String article(String s) {
        return ARTICLE.matcher(s).replaceFirst("");
    }

    /** Only a lower-case article ("a spokesperson" gives "spokesperson"). */
    static String lowerArticle(String s) {
        return LOWER_ARTICLE.matcher(s).replaceFirst("");
    }

    static String the(String s) {
        return THE.matcher(s).replaceFirst("");
    }

    /** "Washington, London, Seoul and Tokyo". */
    static boolean isNameList(String s) {
        return s.indexOf(',') > 0 && s.contains(" and ") && NAME_LIST.matcher(s).matches();
    }

    /** "el-Sisi", "al-Assad". */
    static boolean isParticleName(String w) {
        return w.length() > 3 && w.indexOf('-') > 0 && PARTICLE_NAME.matcher(w).matches();
    }

    /** Lower case, every run of other characters one space. */
    static String key(String name) {
        return NOT_LETTERS.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }
}

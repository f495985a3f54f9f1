package io.sourcemark.analysis;

/** Pieces of text that have broken text engines before: every quotation mark, controls, astral and RTL text. */
final class HostileText {

    static final String[] QUOTATION_MARKS = {
        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u201A", "\u2039",
        "\u203A", "\u201F", "\u201B", "\u300C", "\u300D", "\u300E", "\u300F", "\u301D", "\u301E", "\uFF02",
        "``", "''", "\u00AB\u00A0", "\u00A0\u00BB", "\u201C\u201C", "\u201D\u201D", "\u201C\u201D", "\"\""};

    static final String[] WORDS = {
        "said", "says", "told reporters", "according to", "he", "she", "they", "Mr.", "Dr.", "U.S.", "Jake Sullivan",
        "the Kremlin spokesman", "an official", "warned", "added", "that", "Mr. Kim", "1,000", "3.5%", "2019",
        "don't", "rock 'n' roll", "the '90s", "O'Brien", "\u2019tis", "\u2026", "--", "\u2014", "(", ")", "[", "]"};

    static final String[] CONTROLS = {
        "\u0000", "\u0001", "\u0007", "\b", "\t", "\u000B", "\f", "\r", "\r\n", "\u001B", "\u007F", "\u0085",
        "\u00A0", "\u00AD", "\u200B", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2028", "\u2029",
        "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDFFF", "\uDC00\uD800"};

    static final String[] ASTRAL = {
        "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDFA\uD83C\uDDE6",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD835\uDD18\uD835\uDD2B\uD835\uDD26",
        "\uD840\uDF0E", "\uD83D\uDCAC said \uD83D\uDDE3", "\u201C\uD83D\uDE00\u201D", "e\u0301", "\u0915\u094D\u0937"};

    static final String[] RIGHT_TO_LEFT = {
        "\u0642\u0627\u0644 \u0627\u0644\u0645\u062A\u062D\u062F\u062B", "\u00AB\u0644\u0627 \u062A\u0639\u0644\u064A\u0642\u00BB",
        "\u05D0\u05DE\u05E8 \u05D4\u05E9\u05E8", "\u201E\u05E9\u05DC\u05D5\u05DD\u201C",
        "\u0627\u0644\u0631\u0626\u064A\u0633 \u0642\u0627\u0644: \"\u0646\u0639\u0645\"", "\u05F4\u05D0\u05D1\u05D2\u05F4"};

    private HostileText() {
    }
}

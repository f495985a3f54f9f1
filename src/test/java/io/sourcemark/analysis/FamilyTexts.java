package io.sourcemark.analysis;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Texts in the shape of each family of attribution patterns, with random names, quotation marks, adjuncts and
 * damage (a cut at any point, a stray mark, a doubled piece), for the robustness properties. Placeholders: {N} a
 * name, {Q} a quotation, {O} a quotation left open, {C} a clause, {D} a day, {T} a title, {S} a state tag.
 */
final class FamilyTexts {

    static final Map<String, List<String>> TEMPLATES = Map.ofEntries(
            Map.entry("F01", List.of("{Q} {N} said on {D} at a crowded hearing in the old town hall on Mill Road. {Q}",
                    "{Q} {N} told the committee on {D} night before walking out of the chamber.")),
            Map.entry("F02", List.of("{N} blasted the {C2} as {Q} after the vote.", "{N} likened the plan to {Q}",
                    "{N} branded the deal {Q} during a radio debate on {D}.", "{N} dismissed the report as {Q}",
                    "Voters praised the {C2} for keeping costs down.")),
            Map.entry("F03", List.of("{Q} \u2015 {N}, 54, from the harbour district", "{Q} \u2014 {N}, a bus driver")),
            Map.entry("F04", List.of("{Q} she says. {Q}", "He adds, {Q}", "Her son, {N}, says, {Q}",
                    "The neighbours say {C}.")),
            Map.entry("F05", List.of("Said {T} {N} ({S}): {Q}", "Said {N}, who runs the depot: {Q}")),
            Map.entry("F06", List.of("{N} left the meeting early, asking, {Q}", "{N} was fined on {D} for saying that "
                    + "{C}.", "{N} issued a statement calling the ruling {Q}", "Lamenting the {Q} in repairs, {N} "
                    + "left.")),
            Map.entry("F07", List.of("{N}'s decision to {C3} has angered residents.", "{N}\u2019s claim that {C} rests "
                    + "on an old survey.", "Plans to {C3} were dropped on {D}.", "Their pledge that {C} came late.")),
            Map.entry("F08", List.of("According to {N}, {C}.", "{C}, per the operator, {N}.", "To {T} {N}, {C}.",
                    "In the view of {N}, {C}.", "In {N}\u2019s view, {C}.", "{C} \u2014 or so it seems \u2014 "
                    + "according to {N}.", "{C}, according to figures from {N}.")),
            Map.entry("F09", List.of("{Q} the crowd chanted as the mayor arrived.", "{Q} yelled one driver.",
                    "{Q} the letter reads.", "{Q} as {N} put it on {D}.")),
            Map.entry("F10", List.of("{Q} {T} {N} ({S}) said. {Q}", "{T} {N}, {S}, said {C}.")),
            Map.entry("F11", List.of("{Q} said Ann R. {N}, the engineer. {Q}", "Lt. Col. {N}, who leads the unit, "
                    + "offered to help.", "Det. Insp. {N} said {C}.", "Mrs. {N} said {Q}")),
            Map.entry("F12", List.of("{N} agreed that {C}.", "Both councils agree the {C2} should stay.")),
            Map.entry("F13", List.of("{N} said {C}. {Q}", "{N} said {C}.\n\n{Q}", "{Q} {N} said, pointing to the "
                    + "wall, {Q}")),
            Map.entry("F14", List.of("{N} reports:\n\n{O}\n\n{Q}", "{N}:\n\n{Q}", "{N} said in a statement: {Q}",
                    "{N}'s verdict: {Q}")),
            Map.entry("F15", List.of("\u201CWho pays?\u201D {N} asked. {Q}", "\"Enough!\" {T} {N} shouted as the "
                    + "gallery rose.", "{Q} {N} replied. {Q}")),
            Map.entry("F16", List.of("Residents are skeptical that {C}.", "It seems that {C}.", "{N} believes {C}.",
                    "{N} is convinced that {C}.", "The club doubts the {C2} will hold.")),
            Map.entry("F17", List.of("{N} wants {C2} before the recess.", "The charter obligates the town to {C3}.",
                    "{N} supports an appeal, but the board wants to settle.", "The court ruled on {D} that {C}.",
                    "{N} signed the budget on {D}.")),
            Map.entry("F18", List.of("It was reported last week that {C}.", "The vote is now expected to {C3}.",
                    "Traders are said to be divided.", "The road has been nicknamed {Q} by cyclists.",
                    "Staff were told that {C}.")),
            Map.entry("F19", List.of("The first repair, {N} said, would start in May.", "The work, {N} added, is {Q}")),
            Map.entry("F20", List.of("{C}, as police have said since {D}.", "As {N} told the court, {C}.",
                    "{C}, as {N} had predicted.")),
            Map.entry("F21", List.of("Mayor Says Bridge Will Reopen By Spring\n\n{N} said {C}.",
                    "Council Vows To Fight Ruling\n\n{Q}")),
            Map.entry("F22", List.of("The so-called {Q} cost more.", "The tunnel is known locally as {Q}",
                    "The green, long known as {Q} has hosted fairs.", "a tool called {N} was used.",
                    "The alleged fraud began in {D}.")),
            Map.entry("F23", List.of("An official said last month that {C}, the {N} Courier reported on {D}.",
                    "In a survey by {N}, most riders said {C}.", "{N}\u2019s promise to {C3} has not been kept, he "
                    + "added.")),
            Map.entry("F24", List.of("''We came for a year,'' {N} said. ''We stayed for ten.''",
                    "{N} called him ''the kindest man in town.''")));

    private static final String[] NAMES = {"Ana Lee", "Tom Hale", "Mira Osei", "the harbour board", "Ruth",
        "O'Neill", "J. R. Castell", "Sen. Vo", "\u00C9lise Dubois", "the Vell Gazette", "Dr. Kofi Ansah", ""};
    private static final String[] CLAUSES = {"the bridge will reopen in May", "costs rose by a third",
        "nobody was hurt", "the plan is \u201Ca disgrace\u201D", "it had \"slept through\" the crisis", "",
        "the council, which met on Monday, will vote"};
    private static final String[] NOUNS = {"waste contractor", "budget", "weight limit", "staff", ""};
    private static final String[] VERBS = {"close the pool for two years", "pave over the green", "sell", ""};
    private static final String[] QUOTES = {"\u201CWe will rebuild it,\u201D", "\"It is over.\"",
        "\u201Ca bunch of amateurs\u201D", "''a fair deal''", "\u201CWhy now?\u201D", "\"\"", "\u201C\u201D",
        "\u2018We tried,\u2019", "\u00ABNon\u00BB", "\u201CIt has to stop", "\""};
    private static final String[] DAYS = {"Tuesday", "Friday", "Sunday", "Aug. 4", "the 3rd"};
    private static final String[] TITLES = {"Rep.", "Sen.", "Gov.", "Mayor", "Rev.", "Lt."};
    private static final String[] TAGS = {"R-Lan.", "D-Ore.", "I-Ost", "R-", "(D"};

    private FamilyTexts() {
    }

    /** A text of the family drawn from the seed: two to four filled templates, then some damage. */
    static String build(String family, long seed) {
        Random r = new Random(seed);
        List<String> templates = TEMPLATES.get(family);
        StringBuilder b = new StringBuilder();
        int pieces = 2 + r.nextInt(3);
        for (int i = 0; i < pieces; i++) {
            if (i > 0) {
                b.append(pick(r, new String[] {" ", "\n\n", "\n", " ", ""}));
            }
            b.append(fill(templates.get(r.nextInt(templates.size())), r));
        }
        String text = b.toString();
        int damage = r.nextInt(4);
        if (damage == 1 && !text.isEmpty()) {
            text = text.substring(0, r.nextInt(text.length()));
        } else if (damage == 2 && !text.isEmpty()) {
            int at = r.nextInt(text.length());
            text = text.substring(0, at) + pick(r, HostileText.QUOTATION_MARKS) + text.substring(at);
        } else if (damage == 3) {
            text = text + " " + text;
        }
        return text;
    }

    private static String fill(String template, Random r) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                continue;
            }
            String key = template.substring(i + 1, close);
            out.append(switch (key) {
                case "N" -> pick(r, NAMES);
                case "C" -> pick(r, CLAUSES);
                case "C2" -> pick(r, NOUNS);
                case "C3" -> pick(r, VERBS);
                case "Q" -> pick(r, QUOTES);
                case "O" -> "\u201CThe sale will close in June. It is final.";
                case "D" -> pick(r, DAYS);
                case "T" -> pick(r, TITLES);
                case "S" -> pick(r, TAGS);
                default -> "{" + key + "}";
            });
            i = close;
        }
        return out.toString();
    }

    private static String pick(Random r, String[] choices) {
        return choices[r.nextInt(choices.length)];
    }
}

package io.sourcemark.analysis;

import java.util.Locale;
import java.util.Map;

/** Capitals used for their governments ("Washington said …" is the US government speaking). */
final class Capitals {

    private static final Map<String, String> GOVERNMENTS = Map.ofEntries(
            Map.entry("washington", "US government"), Map.entry("moscow", "Russian government"),
            Map.entry("beijing", "Chinese government"), Map.entry("london", "UK government"),
            Map.entry("paris", "French government"), Map.entry("berlin", "German government"),
            Map.entry("tokyo", "Japanese government"), Map.entry("seoul", "South Korean government"),
            Map.entry("pyongyang", "North Korean government"), Map.entry("kyiv", "Ukrainian government"),
            Map.entry("kiev", "Ukrainian government"), Map.entry("tehran", "Iranian government"),
            Map.entry("ankara", "Turkish government"), Map.entry("brussels", "European Union"),
            Map.entry("jerusalem", "Israeli government"), Map.entry("rome", "Italian government"),
            Map.entry("madrid", "Spanish government"), Map.entry("new delhi", "Indian government"),
            Map.entry("delhi", "Indian government"), Map.entry("ottawa", "Canadian government"),
            Map.entry("canberra", "Australian government"), Map.entry("damascus", "Syrian government"),
            Map.entry("baghdad", "Iraqi government"), Map.entry("cairo", "Egyptian government"),
            Map.entry("athens", "Greek government"), Map.entry("warsaw", "Polish government"),
            Map.entry("minsk", "Belarusian government"), Map.entry("taipei", "Taiwanese government"),
            Map.entry("havana", "Cuban government"), Map.entry("caracas", "Venezuelan government"),
            Map.entry("riyadh", "Saudi government"), Map.entry("doha", "Qatari government"),
            Map.entry("nicosia", "Cypriot government"), Map.entry("vilnius", "Lithuanian government"),
            Map.entry("kabul", "Afghan government"), Map.entry("islamabad", "Pakistani government"));

    private Capitals() {
    }

    static boolean isCapital(String word) {
        return GOVERNMENTS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The government a capital stands for, or null when the name is not a capital. */
    static String government(String name) {
        return name == null ? null : GOVERNMENTS.get(name.toLowerCase(Locale.ROOT).strip());
    }
}

package io.sourcemark.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code visual.conf} tells of each type, read back into tags: its label ("Public_health | Public health"),
 * which our export makes the tag's own name, and its colour ({@code bgColor:#ea580c}). A name brat cannot take as a
 * label (one holding "|") is written on a comment line of ours, {@code # Sourcemark tag Left_Right: Left|Right}.
 *
 * @param labels  each type's first label
 * @param colours each type's background colour, where it is a colour of six hex digits
 */
public record BratVisual(Map<String, String> labels, Map<String, String> colours) {

    public static final BratVisual NONE = new BratVisual(Map.of(), Map.of());

    static final String TAG_NAME_COMMENT = "# Sourcemark tag ";
    private static final Pattern BACKGROUND = Pattern.compile("^(\\S+)\\s+.*\\bbgColor:\\s*(#[0-9A-Fa-f]{6})\\b");

    public BratVisual {
        labels = Map.copyOf(labels);
        colours = Map.copyOf(colours);
    }

    public static BratVisual parse(String visualConf) {
        Map<String, String> labels = new HashMap<>();
        Map<String, String> colours = new HashMap<>();
        String section = "";
        for (String line : visualConf.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[")) {
                section = trimmed;
            } else if (section.equals("[labels]") && trimmed.startsWith(TAG_NAME_COMMENT)) {
                String named = trimmed.substring(TAG_NAME_COMMENT.length());
                int colon = named.indexOf(": ");
                if (colon > 0 && colon + 2 < named.length()) {
                    labels.putIfAbsent(named.substring(0, colon), named.substring(colon + 2));
                }
            } else if (section.equals("[labels]") && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
                String[] parts = trimmed.split("\\s*\\|\\s*");
                if (parts.length >= 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                    labels.putIfAbsent(parts[0], parts[1]);
                }
            } else if (section.equals("[drawing]") && !trimmed.startsWith("#")) {
                Matcher m = BACKGROUND.matcher(trimmed);
                if (m.find()) {
                    colours.putIfAbsent(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        return new BratVisual(labels, colours);
    }

    /** The tag name a type stands for: its label, else the type itself. */
    String nameOf(String type) {
        return labels.getOrDefault(type, type);
    }
}

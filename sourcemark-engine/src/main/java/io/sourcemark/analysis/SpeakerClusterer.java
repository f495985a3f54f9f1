package io.sourcemark.analysis;

import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups source mentions into the speakers of the article: "Jake Fenn" = "Mr. Fenn" = "MR. SULLIVAN";
 * pronouns go to the nearest earlier compatible speaker, descriptions ("the minister") to the speaker introduced
 * with that role, relative pronouns ("police, who said") to the source just before them.
 */
final class SpeakerClusterer {

    /** A speaker being built, with the index it will have in the result. */
    static final class Cluster {
        final int index;
        String name;
        SpeakerKind kind;
        String role;
        final List<TextRange> mentions = new ArrayList<>();

        Cluster(int index, String name, SpeakerKind kind, String role) {
            this.index = index;
            this.name = name;
            this.kind = kind;
            this.role = role;
        }
    }

    /** Descriptions ("the minister") look for their person among this many latest speakers. */
    private static final int RECENT = 200;

    private final MentionParser parser = new MentionParser();

    /** Assigns a cluster to each draft's source (result[i] = cluster index or -1) and fills clusters. */
    int[] cluster(String text, List<Draft> drafts, List<Cluster> clusters) {
        int[] out = new int[drafts.size()];
        NameIndex names = new NameIndex(text);
        Genders genders = new Genders(text);
        Map<String, Cluster> bySurname = new HashMap<>();
        Map<String, Cluster> byText = new HashMap<>();
        SourceMention[] parsed = new SourceMention[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            out[i] = -1;
            Draft d = drafts.get(i);
            if (d.source == null) {
                continue;
            }
            SourceMention m = parser.parse(text, d.source);
            parsed[i] = m;
            if (m.isPronoun() || m.name() == null) {
                continue;
            }
            Cluster c = m.kind() == SpeakerKind.PERSON ? bySurname.get(m.surname()) : byText.get(key(m.name()));
            if (c == null) {
                String full = m.kind() == SpeakerKind.PERSON ? names.fullName(m.surname()) : null;
                String name = full != null && full.length() > m.name().length() ? full : display(m.name());
                c = new Cluster(clusters.size(), name, m.kind(), m.role());
                clusters.add(c);
                if (m.kind() == SpeakerKind.PERSON) {
                    bySurname.put(m.surname(), c);
                } else {
                    byText.put(key(m.name()), c);
                }
            } else if (m.name().length() > c.name.length() && m.kind() == SpeakerKind.PERSON) {
                c.name = display(m.name());
            }
            if (c.role == null && m.role() != null) {
                c.role = m.role();
            }
            c.mentions.add(d.source);
            out[i] = c.index;
        }
        for (int i = 0; i < drafts.size(); i++) {
            SourceMention m = parsed[i];
            if (m == null || out[i] >= 0) {
                continue;
            }
            Cluster c = m.isPronoun() ? byPronoun(m, i, out, clusters, drafts, genders)
                    : byDescription(m, i, out, clusters);
            if (c == null && m.kind() == SpeakerKind.PERSON && m.isPronoun() && !m.pronoun().equals("who")) {
                String near = names.nearestBefore(m.range().start(), 1500);
                if (near != null) {
                    c = bySurname.get(NameIndex.surname(near));
                    if (c == null) {
                        c = new Cluster(clusters.size(), near, SpeakerKind.PERSON, null);
                        clusters.add(c);
                        bySurname.put(NameIndex.surname(near), c);
                    }
                }
            }
            if (c == null) {
                String k = key(Trims.article(m.text()));
                c = byText.get(k);
                if (c == null && !m.isPronoun()) {
                    c = new Cluster(clusters.size(), Trims.trailingComma(Trims.the(m.text())),
                            m.kind(), m.role());
                    clusters.add(c);
                    byText.put(k, c);
                }
            }
            if (c != null) {
                c.mentions.add(m.range());
                out[i] = c.index;
            }
        }
        for (Cluster c : clusters) {
            if (c.kind == SpeakerKind.PERSON && !c.name.isBlank()) {
                addUnseen(c, names.occurrencesOf(NameIndex.surname(c.name), text));
            }
        }
        return out;
    }

    /** Adds the article's other mentions of the speaker's full name, skipping those already held. */
    private static void addUnseen(Cluster c, List<TextRange> more) {
        java.util.TreeMap<Integer, Integer> held = new java.util.TreeMap<>();
        for (TextRange r : c.mentions) {
            held.merge(r.start(), r.end(), Math::max);
        }
        for (TextRange r : more) {
            var before = held.floorEntry(r.end() - 1);
            if (before == null || before.getValue() <= r.start()) {
                c.mentions.add(r);
                held.put(r.start(), r.end());
            }
        }
    }

    /**
     * The nearest earlier compatible speaker within a paragraph or so; failing that a speaker named just after
     * ("She also denounced … ⏎ “…,” Adrienne Greta … told AFP"); failing that the nearest earlier one.
     * Persons known as "Mr."/"Ms." only take the matching pronoun.
     */
    private static Cluster byPronoun(SourceMention m, int i, int[] out, List<Cluster> clusters, List<Draft> drafts,
                                     Genders genders) {
        boolean person = m.kind() == SpeakerKind.PERSON;
        int paragraph = drafts.get(i).paragraph;
        Cluster far = null;
        for (int j = i - 1; j >= Math.max(0, i - 40); j--) {
            if (out[j] < 0) {
                continue;
            }
            Cluster c = clusters.get(out[j]);
            if (m.pronoun().equals("who")) {
                return drafts.get(j).paragraph == paragraph ? c : null;
            }
            if ((c.kind == SpeakerKind.PERSON) == person && genders.compatible(c.name, m.pronoun())) {
                if (drafts.get(j).paragraph >= paragraph - 1) {
                    return c;
                }
                far = c;
                break;
            }
        }
        if (!person) {
            return far;
        }
        for (int j = i + 1; j < Math.min(drafts.size(), i + 3); j++) {
            if (out[j] >= 0 && drafts.get(j).paragraph <= paragraph + 1) {
                Cluster c = clusters.get(out[j]);
                if (c.kind == SpeakerKind.PERSON && genders.compatible(c.name, m.pronoun())) {
                    return c;
                }
            }
        }
        return far;
    }

    private static Cluster byDescription(SourceMention m, int i, int[] out, List<Cluster> clusters) {
        String head = m.head();
        if (head == null || m.kind() != SpeakerKind.PERSON) {
            return null;
        }
        String desc = Trims.lowerArticle(m.text().toLowerCase(Locale.ROOT));
        Cluster best = null;
        List<Cluster> recent = clusters.subList(Math.max(0, clusters.size() - RECENT), clusters.size());
        for (Cluster c : recent) {
            if (c.kind == SpeakerKind.PERSON && c.role != null && c.role.toLowerCase(Locale.ROOT).contains(desc)) {
                best = c;
            }
        }
        if (best == null) {
            for (Cluster c : recent) {
                if (c.kind == SpeakerKind.PERSON && c.role != null
                        && c.role.toLowerCase(Locale.ROOT).contains(head)) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static String key(String name) {
        return Trims.key(name);
    }

    /** "MR. SULLIVAN" reads "Fenn"; other names keep their spelling. */
    private static String display(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() <= 5) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'' || c == '\u2019';
        }
        return b.toString();
    }
}

package io.sourcemark.analysis;

import io.sourcemark.analysis.eval.ArticleAttributions;
import io.sourcemark.analysis.eval.Attribution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The family of each gold record of the challenge set (challenge_families.tsv: id, index, family, …). */
record GoldFamilies(Map<String, String> familyOf) {

    static GoldFamilies read(Path tsv) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            out.put(cells[0] + "#" + cells[1], cells[2]);
        }
        return new GoldFamilies(Map.copyOf(out));
    }

    List<String> names() {
        return new ArrayList<>(new TreeSet<>(familyOf.values()));
    }

    /** The gold articles with only the records of one family. */
    List<ArticleAttributions> only(List<ArticleAttributions> gold, String family) {
        List<ArticleAttributions> out = new ArrayList<>();
        for (ArticleAttributions a : gold) {
            List<Attribution> kept = new ArrayList<>();
            for (int i = 0; i < a.quotes().size(); i++) {
                if (family.equals(familyOf.get(a.id() + "#" + i))) {
                    kept.add(a.quotes().get(i));
                }
            }
            out.add(new ArticleAttributions(a.id(), a.text(), kept));
        }
        return out;
    }
}

package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchSpeakersAndNotesTest {

    @TempDir
    Path folder;
    private ProjectStore store;
    private Article afp;

    @BeforeEach
    void open() throws ProjectOpenException {
        store = ProjectStore.open(folder.resolve("search.sourcemark"));
        afp = Samples.importAfp(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsASpeakerByNameAliasRoleAndAffiliationAndOpensItsFirstMention() {
        Speaker shoigu = store.speakers().insert(new Speaker(0, null, "Sergei Shoigu", SpeakerKind.PERSON,
                "defence minister", "Russian government", List.of("the minister")));
        // a statement of theirs before the mention: the hit leads to the mention all the same
        store.annotations().insert(Samples.annotationOf(afp, Kind.CLAIM, Origin.DETECTED,
                "The White House on Tuesday warned North Korea").withSpeaker(shoigu.id()));
        Annotation mention = store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL,
                "Sergei Shoigu").withSpeaker(shoigu.id()));

        for (String words : List.of("Shoigu", "minister", "defence", "Russian government")) {
            List<SearchHit> hits = speakers(store.search().search(words, 20));
            assertEquals(1, hits.size(), words);
            SearchHit hit = hits.get(0);
            assertEquals(shoigu.id(), hit.speakerId());
            assertEquals(afp.id(), hit.articleId());
            assertEquals(mention.id(), hit.annotationId());
            assertEquals(Kind.SPEAKER, hit.kind());
            assertEquals(mention.range(), hit.range());
        }
        assertEquals("Sergei " + SearchHit.MATCH_START + "Shoigu" + SearchHit.MATCH_END,
                speakers(store.search().search("Shoigu", 20)).get(0).snippet());
        // found by a word of the role or an alias, the passage names the speaker first
        assertEquals("Sergei Shoigu · the " + SearchHit.MATCH_START + "minister" + SearchHit.MATCH_END
                + " defence " + SearchHit.MATCH_START + "minister" + SearchHit.MATCH_END + " Russian government",
                speakers(store.search().search("minister", 20)).get(0).snippet());
    }

    @Test
    void keepsTheSpeakersIndexCurrentThroughRenamesAliasesAndDeletes() {
        Speaker kirby = store.speakers().insert(new Speaker(0, null, "John Kirby", SpeakerKind.PERSON, null, null,
                List.of()));
        assertEquals(List.of(kirby.id()), speakerIds("Kirby"));

        store.speakers().update(new Speaker(kirby.id(), kirby.uid(), "Admiral Kirby", SpeakerKind.PERSON,
                "spokesman", null, List.of("the spokesman")));
        assertEquals(List.of(), speakerIds("John"));
        assertEquals(List.of(kirby.id()), speakerIds("Admiral"));
        assertEquals(List.of(kirby.id()), speakerIds("spokesman"));

        store.speakers().update(new Speaker(kirby.id(), kirby.uid(), "Admiral Kirby", SpeakerKind.PERSON, null,
                null, List.of()));
        assertEquals(List.of(), speakerIds("spokesman"));

        store.speakers().delete(kirby.id());
        assertEquals(List.of(), speakerIds("Kirby"));
        assertFalse(store.search().search("Kirby", 20).stream().anyMatch(h -> h.speakerId() != null));
    }

    @Test
    void findsTheNoteOfAMentionOrTagButNotItsTextAndTheArticleNote() {
        Annotation mention = store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL,
                "Sergei Shoigu").withNote("check the spelling in TASS"));
        List<SearchHit> hits = annotations(store.search().search("TASS spelling", 20));
        assertEquals(List.of(mention.id()), hits.stream().map(SearchHit::annotationId).toList());
        assertTrue(hits.get(0).inNote());
        assertEquals(Kind.SPEAKER, hits.get(0).kind());
        assertEquals(List.of(), annotations(store.search().search("Sergei Shoigu", 20)));

        store.annotations().update(mention.withNote(null));
        assertEquals(List.of(), store.search().search("TASS spelling", 20));

        store.articles().updateNote(afp.id(), "ask the desk about Kirby");
        List<SearchHit> article = store.search().search("desk", 20);
        assertEquals(1, article.size());
        assertEquals(SearchHit.Source.ARTICLE, article.get(0).source());
        assertTrue(article.get(0).inNote());
        assertEquals(null, article.get(0).range(), "the words are in the note, not the body");
    }

    @Test
    void givesTheFirstMatchInTheBodyOfAnArticleHit() {
        SearchHit hit = store.search().search("Pyongyang", 5).get(0);
        int first = afp.body().indexOf("Pyongyang");
        assertEquals(new TextRange(first, first + "Pyongyang".length()), hit.range());
        assertFalse(hit.inNote());
    }

    @Test
    void findsEveryOccurrenceInTheArticleWithThePhraseAsOneRange() {
        List<TextRange> ranges = store.search().inArticle(afp.id(), "\"North Korea\"");
        assertFalse(ranges.isEmpty());
        for (TextRange range : ranges) {
            // the last word may be unfinished: "North Korean" is found too
            assertTrue(range.of(afp.body()).startsWith("North Korea"), range.toString());
        }
        int count = 0;
        for (int at = afp.body().indexOf("North Korea"); at >= 0; at = afp.body().indexOf("North Korea", at + 1)) {
            count++;
        }
        assertEquals(count, ranges.size());
        List<TextRange> prefixed = store.search().inArticle(afp.id(), "Pyong");
        assertTrue(prefixed.stream().allMatch(r -> r.of(afp.body()).equals("Pyongyang")), prefixed.toString());
        assertEquals(List.of(), store.search().inArticle(afp.id(), "Adamowicz"));
    }

    private List<Long> speakerIds(String words) {
        return speakers(store.search().search(words, 20)).stream().map(SearchHit::speakerId).toList();
    }

    private static List<SearchHit> speakers(List<SearchHit> hits) {
        return hits.stream().filter(h -> h.source() == SearchHit.Source.SPEAKER).toList();
    }

    private static List<SearchHit> annotations(List<SearchHit> hits) {
        return hits.stream().filter(SearchHit::isStatement).toList();
    }
}

package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerRepositoryTest {

    @TempDir
    Path folder;
    private ProjectStore store;

    @BeforeEach
    void open() throws ProjectOpenException {
        store = ProjectStore.open(folder.resolve("speakers.sourcemark"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesASpeakerWithItsAliasesInOrder() {
        Speaker sullivan = new Speaker(0, null, "Jake Sullivan", SpeakerKind.PERSON, "National Security Adviser",
                "White House", List.of("Mr. Sullivan", "Sullivan"));
        Speaker stored = store.speakers().insert(sullivan);
        assertTrue(stored.id() > 0);
        assertEquals(new Speaker(stored.id(), stored.uid(), "Jake Sullivan", SpeakerKind.PERSON,
                "National Security Adviser", "White House", List.of("Mr. Sullivan", "Sullivan")),
                store.speakers().find(stored.id()).orElseThrow());
        Speaker kremlin = store.speakers().insert(new Speaker(0, null, "Kremlin", SpeakerKind.GOVERNMENT_BODY, null, null,
                List.of()));
        assertEquals(Optional.of(kremlin), store.speakers().find(kremlin.id()));
    }

    @Test
    void findsASpeakerByNameOrAliasInAnyLetterCase() {
        Speaker sullivan = store.speakers().insert(new Speaker(0, null, "Jake Sullivan", SpeakerKind.PERSON, null, null,
                List.of("Mr. Sullivan", "Sullivan")));
        Speaker adamowicz = store.speakers().insert(new Speaker(0, null, "Paweł Adamowicz", SpeakerKind.PERSON,
                "Mayor of Gdańsk", null, List.of("Adamowicz", "Paweł")));

        assertEquals(Optional.of(sullivan), store.speakers().findByNameOrAlias("jake sullivan"));
        assertEquals(Optional.of(sullivan), store.speakers().findByNameOrAlias("MR. SULLIVAN"));
        assertEquals(Optional.of(adamowicz), store.speakers().findByNameOrAlias("PAWEŁ ADAMOWICZ"));
        assertEquals(Optional.of(adamowicz), store.speakers().findByNameOrAlias("paweł"));
        assertEquals(Optional.empty(), store.speakers().findByNameOrAlias("Dmitry Peskov"));
    }

    @Test
    void aNamePrevailsOverAnotherSpeakersAlias() {
        Speaker kim = store.speakers().insert(new Speaker(0, null, "Kim Jong Un", SpeakerKind.PERSON, null, null,
                List.of("Kim")));
        Speaker otherKim = store.speakers().insert(new Speaker(0, null, "Kim", SpeakerKind.PERSON, "reporter", null,
                List.of()));
        assertEquals(Optional.of(otherKim), store.speakers().findByNameOrAlias("kim"));
        assertEquals(Optional.of(kim), store.speakers().findByNameOrAlias("Kim Jong Un"));
    }

    @Test
    void updateReplacesFieldsAndAliases() {
        Speaker stored = store.speakers().insert(new Speaker(0, null, "Shoigu", SpeakerKind.PERSON, null, null,
                List.of("the minister")));
        Speaker renamed = new Speaker(stored.id(), stored.uid(), "Sergei Shoigu", SpeakerKind.PERSON,
                "Russian Defense Minister", "Russian government", List.of("Shoigu", "Mr. Shoigu"));
        store.speakers().update(renamed);
        assertEquals(Optional.of(renamed), store.speakers().find(stored.id()));
        assertEquals(Optional.empty(), store.speakers().findByNameOrAlias("the minister"));
        assertEquals(Optional.of(renamed), store.speakers().findByNameOrAlias("mr. shoigu"));
    }

    @Test
    void listsSpeakersByNameWithTheirAliases() {
        Speaker peskov = store.speakers().insert(new Speaker(0, null, "Dmitry Peskov", SpeakerKind.PERSON,
                "Kremlin spokesman", "Kremlin", List.of("Peskov")));
        Speaker sullivan = store.speakers().insert(new Speaker(0, null, "Jake Sullivan", SpeakerKind.PERSON, null, null,
                List.of("Sullivan")));
        Speaker afp = store.speakers().insert(new Speaker(0, null, "AFP", SpeakerKind.MEDIA, null, null, List.of()));
        assertEquals(List.of(afp, peskov, sullivan), store.speakers().list());
    }

    @Test
    void deletingASpeakerKeepsTheirAnnotationsWithoutSpeaker() {
        Article article = Samples.importAfp(store);
        Speaker peskov = store.speakers().insert(new Speaker(0, null, "Dmitry Peskov", SpeakerKind.PERSON, null, null,
                List.of("Peskov")));
        Annotation quote = store.annotations().insert(Samples.annotationOf(article, Kind.DIRECT_QUOTE,
                Origin.CONFIRMED, "No, we can’t (confirm), we have nothing to say on this matter")
                .withSpeaker(peskov.id()));

        store.speakers().delete(peskov.id());

        assertEquals(Optional.empty(), store.speakers().find(peskov.id()));
        assertEquals(Optional.empty(), store.speakers().findByNameOrAlias("Peskov"));
        Annotation kept = store.annotations().find(quote.id()).orElseThrow();
        assertEquals(null, kept.speakerId());
        assertEquals(quote.withSpeaker(null), kept);
    }
}

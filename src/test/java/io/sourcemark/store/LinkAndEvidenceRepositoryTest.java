package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LinkAndEvidenceRepositoryTest {

    @TempDir
    Path folder;
    private ProjectStore store;
    private Annotation quote;
    private Annotation mention;
    private Annotation claim;

    @BeforeEach
    void open() throws ProjectOpenException {
        store = ProjectStore.open(folder.resolve("links.sourcemark"));
        Article afp = Samples.importAfp(store);
        Article gdansk = Samples.importGdansk(store);
        quote = store.annotations().insert(Samples.annotationOf(afp, Kind.DIRECT_QUOTE, Origin.MANUAL,
                "It remains an open question"));
        mention = store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL, "Mr. Sullivan"));
        claim = store.annotations().insert(Samples.annotationOf(gdansk, Kind.CLAIM, Origin.MANUAL,
                "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesLinksAndFindsThemFromEitherEnd() {
        Link saidBy = store.links().insert(new Link(0, null, quote.id(), mention.id(), Relation.SAID_BY, null));
        Link cites = store.links().insert(new Link(0, null, claim.id(), quote.id(), Relation.CITES,
                "across articles"));

        assertEquals(List.of(saidBy, cites), store.links().forAnnotation(quote.id()));
        assertEquals(List.of(saidBy), store.links().forAnnotation(mention.id()));
        assertEquals(List.of(new Link(cites.id(), cites.uid(), claim.id(), quote.id(), Relation.CITES,
                        "across articles")),
                store.links().forAnnotation(claim.id()));

        store.links().delete(saidBy.id());
        assertEquals(List.of(cites), store.links().forAnnotation(quote.id()));
        assertEquals(List.of(), store.links().forAnnotation(mention.id()));
    }

    @Test
    void refusesALinkFromAnAnnotationToItself() {
        assertThrows(StoreException.class,
                () -> store.links().insert(new Link(0, null, quote.id(), quote.id(), Relation.REPEATS, null)));
        assertEquals(List.of(), store.links().forAnnotation(quote.id()));
    }

    @Test
    void storesUpdatesAndDeletesEvidence() {
        Evidence transcript = store.evidence().insert(new Evidence(0, null, quote.id(),
                "https://www.whitehouse.gov/briefing-room/", "Press briefing transcript", "Quote at 14:02",
                Stance.SUPPORTS, LocalDate.of(2023, 9, 6)));
        Evidence bare = store.evidence().insert(new Evidence(0, null, quote.id(), "https://www.afp.com/", null, null,
                Stance.CONTEXT, null));
        assertEquals(List.of(transcript, bare), store.evidence().forAnnotation(quote.id()));

        Evidence revised = new Evidence(bare.id(), bare.uid(), quote.id(), "https://www.afp.com/en/news", "AFP wire",
                "Same day", Stance.REFUTES, LocalDate.of(2023, 9, 7));
        store.evidence().update(revised);
        assertEquals(List.of(transcript, revised), store.evidence().forAnnotation(quote.id()));

        store.evidence().delete(transcript.id());
        assertEquals(List.of(revised), store.evidence().forAnnotation(quote.id()));
        assertEquals(List.of(), store.evidence().forAnnotation(claim.id()));
    }
}

package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Report models made in memory, for the renderers' own tests: an article whose every field is hostile. */
final class ReportModels {

    /** Each payload marks the page if it ever runs, so that a browser's DOM shows it. */
    static final String SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','script')</script>";
    static final String ONERROR = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">";
    static final String BREAK_ATTRIBUTE = "\" onmouseover=\"document.documentElement.setAttribute('data-pwned','attr')"
            + "\" x=\"";
    static final String END_STYLE = "</style><script>document.documentElement.setAttribute('data-pwned','style')"
            + "</script><style>";
    static final String SVG = "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>";
    static final String JAVASCRIPT_URL = "javascript:document.documentElement.setAttribute('data-pwned','url')";

    private ReportModels() {
    }

    static ReportModel hostile() {
        String body = "Intro " + SCRIPT + " and " + ONERROR + ".\n\n“Quoted " + BREAK_ATTRIBUTE + "” said "
                + "Eve " + SVG + ".\n\nEnd " + END_STYLE + " &amp; &lt;b&gt; 🙂\u0001.\n";
        ArticleMeta meta = new ArticleMeta("Title " + SCRIPT + END_STYLE, "Source " + ONERROR, "2024-01-01",
                BREAK_ATTRIBUTE, null, JAVASCRIPT_URL, "Licence " + SVG, "file" + BREAK_ATTRIBUTE + ".txt");
        Article article = new Article(1, "00000000-0000-4000-8000-000000000001", meta, body, "hash",
                Instant.parse("2024-01-02T00:00:00Z"), "Note " + SCRIPT);
        Speaker eve = new Speaker(1, "00000000-0000-4000-8000-000000000002", "Eve " + ONERROR, SpeakerKind.PERSON,
                "Role " + BREAK_ATTRIBUTE, null, List.of());
        Annotation quote = annotation(article, 1, Kind.DIRECT_QUOTE, "“Quoted " + BREAK_ATTRIBUTE + "”")
                .withSpeaker(eve.id()).withNote("Quote note " + END_STYLE)
                .withVerification(new Verification(Verdict.FALSE, ReviewStatus.DONE, "Rationale " + SCRIPT,
                        "Reviewer " + ONERROR, null));
        Annotation mention = annotation(article, 2, Kind.SPEAKER, "Eve").withSpeaker(eve.id());
        Annotation claim = annotation(article, 3, Kind.CLAIM, "Intro " + SCRIPT);
        Annotation tagged = annotation(article, 4, Kind.TAG, END_STYLE);
        Tag tag = new Tag(1, "00000000-0000-4000-8000-000000000003", "Tag " + SCRIPT, "red;}" + END_STYLE, null, null);
        Evidence evil = new Evidence(1, "00000000-0000-4000-8000-000000000004", quote.id(), JAVASCRIPT_URL,
                "Evidence " + ONERROR, "Evidence note " + SVG, Stance.REFUTES, null);
        Evidence data = new Evidence(2, "00000000-0000-4000-8000-000000000005", quote.id(),
                "data:text/html,<script>alert(1)</script>", null, null, Stance.CONTEXT, null);
        return new ReportModel(article, List.of(claim, quote, mention, tagged), Map.of(eve.id(), eve),
                Map.of(tagged.id(), List.of(tag), quote.id(), List.of(tag)),
                Map.of(quote.id(), List.of(evil, data)), List.of(), Map.of(), Map.of(tag.id(), tag),
                Instant.parse("2024-01-03T00:00:00Z"));
    }

    /**
     * A tagged passage that a claim cuts in two runs and that ends in its paragraph's break, as a selection
     * dragged to the end of a paragraph does.
     */
    static ReportModel taggedToTheParagraphsEnd() {
        String body = "Arms went north, the report said.\n\nNothing else.\n";
        Article article = new Article(1, "00000000-0000-4000-8000-000000000001", new ArticleMeta("Tagged", null, null,
                null, null, null, null, null), body, "hash", Instant.parse("2024-01-02T00:00:00Z"), null);
        Annotation claim = annotation(article, 1, Kind.CLAIM, "Arms went north");
        int start = 0;
        int end = body.indexOf("Nothing");
        Annotation tagged = Annotation.of(article.id(), Kind.TAG, Origin.MANUAL, new TextRange(start, end), body)
                .withId(2).withUid("00000000-0000-4000-8000-000000000102");
        Tag tag = new Tag(1, "00000000-0000-4000-8000-000000000003", "Arms trade", "#b91c1c", null, null);
        return new ReportModel(article, List.of(claim, tagged), Map.of(), Map.of(tagged.id(), List.of(tag)),
                Map.of(), List.of(), Map.of(), Map.of(tag.id(), tag), Instant.parse("2024-01-03T00:00:00Z"));
    }

    /** An article of {@code paragraphs} paragraphs, each with a claim, as a long report. */
    static ReportModel long_(int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            body.append("The ministry said 4,000 troops had crossed the border on day ").append(i).append(".\n\n");
        }
        Article article = new Article(1, "00000000-0000-4000-8000-000000000001", new ArticleMeta("Long", null, null,
                null, null, null, null, null), body.toString(), "hash", Instant.parse("2024-01-02T00:00:00Z"), null);
        List<Annotation> claims = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraphs; i++) {
            int end = body.indexOf(".", start) + 1;
            claims.add(Annotation.of(article.id(), Kind.CLAIM, Origin.CONFIRMED, new TextRange(start, end),
                    article.body()).withId(i + 1L).withUid(String.format("00000000-0000-4000-8000-%012d", i + 1)));
            start = end + 2;
        }
        return new ReportModel(article, claims, Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
                Instant.parse("2024-01-03T00:00:00Z"));
    }

    /** An article of {@code body} whose first {@code claimed} characters are a claim, its only statement. */
    static ReportModel claimedAtItsStart(String title, String body, int claimed) {
        Article article = new Article(1, "00000000-0000-4000-8000-000000000001", new ArticleMeta(title, null, null,
                null, null, null, null, null), body, "hash", Instant.parse("2024-01-02T00:00:00Z"), null);
        Annotation claim = Annotation.of(article.id(), Kind.CLAIM, Origin.MANUAL, new TextRange(0, claimed), body)
                .withId(1).withUid("00000000-0000-4000-8000-000000000101");
        return new ReportModel(article, List.of(claim), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
                Instant.parse("2024-01-03T00:00:00Z"));
    }

    static ExportOptions signedByAHostileReviewer() {
        return ExportOptions.everything().signedBy("Reviewer " + SCRIPT, "Org " + BREAK_ATTRIBUTE)
                .publishedAt(JAVASCRIPT_URL);
    }

    private static Annotation annotation(Article article, long id, Kind kind, String words) {
        int start = article.body().indexOf(words);
        return Annotation.of(article.id(), kind, Origin.MANUAL, new TextRange(start, start + words.length()),
                article.body()).withId(id).withUid("00000000-0000-4000-8000-00000000010" + id);
    }
}

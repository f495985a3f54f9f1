package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Real articles of sample-articles/ as the store receives them. */
final class Samples {

    static final String AFP_FILE = "000-afp-north-korea-arms-russia.txt";
    static final String GDANSK_FILE = "003-gdansk-mayor-adamowicz-stabbed.txt";

    private Samples() {
    }

    /** The article text of a sample file, without its header block of "Key: value" lines. */
    static String body(String fileName) {
        try {
            String text = Files.readString(Path.of("sample-articles", fileName), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n");
            return (text.startsWith("Title:") ? text.substring(text.indexOf("\n\n") + 2) : text).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ArticleMeta afpMeta() {
        return new ArticleMeta("White House warns North Korea against arming Russia", "AFP", "2023-09-05",
                "Washington", "AFP", null, "AFP copyright", AFP_FILE);
    }

    static Article importAfp(ProjectStore store) {
        String body = body(AFP_FILE);
        return store.articles().insert(afpMeta(), body, sha256(body));
    }

    static Article importGdansk(ProjectStore store) {
        String body = body(GDANSK_FILE);
        ArticleMeta meta = new ArticleMeta("Gdańsk mayor Paweł Adamowicz stabbed", "Wikinews", "2019-01-14", null,
                null, "https://en.wikinews.org/", "CC BY 2.5", GDANSK_FILE);
        return store.articles().insert(meta, body, sha256(body));
    }

    /** An annotation of the first occurrence of {@code words} in the article. */
    static Annotation annotationOf(Article article, Kind kind, Origin origin, String words) {
        int start = article.body().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in " + article.meta().title());
        }
        return Annotation.of(article.id(), kind, origin, new TextRange(start, start + words.length()),
                article.body());
    }
}

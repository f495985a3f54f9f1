package io.sourcemark.importer;

import io.sourcemark.model.ArticleMeta;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: an optional header block of {@code Key: value} lines, then the body; or a bare text whose
 * first or last line may be an agency dateline, which goes into the metadata instead of the body.
 */
public final class PlainTextImporter implements ArticleImporter {

    private static final Pattern URL = Pattern.compile("(https?://\\S+).*");
    private static final int SNIFF_LENGTH = 512;

    @Override
    public String formatName() {
        return "plain text";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt");
    }

    @Override
    public boolean accepts(byte[] content, String fileName) {
        return TextDecoder.looksLikeText(content) && !looksLikeMarkup(content);
    }

    @Override
    public ImportedArticle read(byte[] content, String fileName) throws ImportException {
        String text = TextNormalizer.normalize(TextDecoder.decode(content, fileName));
        if (text.isEmpty()) {
            throw new ImportException(fileName, fileName + " is empty: it holds only blank lines.");
        }
        Optional<HeaderBlock> header = HeaderBlock.parse(text);
        if (header.isPresent()) {
            return fromHeader(header.get(), fileName);
        }
        return fromBareText(text, fileName);
    }

    private static ImportedArticle fromHeader(HeaderBlock header, String fileName) throws ImportException {
        String body = TextNormalizer.normalize(header.body());
        if (body.isEmpty()) {
            throw new ImportException(fileName, fileName + " has a header but no article text after it.");
        }
        String title = header.get("title") != null ? header.get("title") : TitleDeriver.derive(body, fileName);
        String license = header.get("license") != null ? header.get("license") : header.get("licence");
        ArticleMeta meta = new ArticleMeta(title, header.get("source"), isoDate(header.get("date")),
                header.get("dateline"), header.get("agency"), url(header.get("url")), license, fileName);
        return new ImportedArticle(meta, body);
    }

    /** The last line, or else the first, may be an agency dateline: it goes into the metadata, not the body. */
    private static ImportedArticle fromBareText(String text, String fileName) throws ImportException {
        List<String> lines = new ArrayList<>(text.lines().toList());
        Optional<Dateline> dateline = Optional.empty();
        if (lines.size() > 1) {
            dateline = DatelineParser.parse(lines.get(lines.size() - 1));
            if (dateline.isPresent()) {
                lines.remove(lines.size() - 1);
            } else {
                dateline = DatelineParser.parse(lines.get(0));
                if (dateline.isPresent()) {
                    lines.remove(0);
                }
            }
        }
        String body = TextNormalizer.normalize(String.join("\n", lines));
        if (body.isEmpty()) {
            throw new ImportException(fileName, fileName + " is empty: it holds only a dateline.");
        }
        String title = TitleDeriver.derive(body, fileName);
        String agency = dateline.map(Dateline::agency).orElse(null);
        String date = dateline.map(Dateline::date).map(LocalDate::toString).orElse(null);
        String place = dateline.map(Dateline::place).orElse(null);
        return new ImportedArticle(new ArticleMeta(title, agency, date, place, agency, null, null, fileName), body);
    }

    /** An ISO date where the value starts with a readable date, else the value as written without its remark. */
    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = DateParser.parseLeading(value);
        if (date.isPresent()) {
            return date.get().toString();
        }
        // "2024 (publication date not recorded in source)": keep what is known, drop the remark.
        String beforeRemark = value.replaceAll("\\s*\\(.*$", "").strip();
        return beforeRemark.isEmpty() ? value : beforeRemark;
    }

    /** The URL at the start of the value; null when the value says there is none ("not recorded"). */
    static String url(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = URL.matcher(value.strip());
        return m.matches() ? m.group(1) : null;
    }

    private static boolean looksLikeMarkup(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_LENGTH), StandardCharsets.ISO_8859_1)
                .replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.startsWith("%pdf-") || head.startsWith("{\\rtf");
    }
}

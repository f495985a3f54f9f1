package io.sourcemark.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: an optional header block of {@code Key: value} lines, then the body; or a bare text whose
 * first or last line may be an agency dateline, which goes into the metadata instead of the body.
 */
final class PlainTextImporter implements ArticleImporter {

    private static final Pattern URL = Pattern.compile("(https?://\\S+).*");

    @Override
    public String formatName() {
        return "plain text";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public boolean binary() {
        return false;
    }

    /** Any text is plain text at worst; markup and other typed content is left to its own importer. */
    @Override
    public int fit(ImportSource source) {
        String type = source.baseType();
        boolean textual = type.startsWith("text/") || type.equals(FormatDetector.OCTET_STREAM);
        if (!textual || !TextDecoder.looksLikeText(source.bytes())) {
            return 0;
        }
        return extensions().contains(Extensions.of(source.fileName())) ? 2 : 1;
    }

    @Override
    public ArticleDraft read(ImportSource source) throws ImportException {
        String fileName = source.fileName();
        DecodedText decoded = TextDecoder.decode(source.bytes(), fileName);
        String text = TextNormalizer.normalize(decoded.text());
        if (text.isEmpty()) {
            throw new ImportException(fileName, fileName + " is empty: it holds only blank lines.");
        }
        Optional<HeaderBlock> header = HeaderBlock.parse(text);
        if (header.isPresent()) {
            return fromHeader(header.get(), fileName, decoded.encoding());
        }
        return fromBareText(text, fileName, decoded.encoding());
    }

    private static ArticleDraft fromHeader(HeaderBlock header, String fileName, String encoding)
            throws ImportException {
        String body = TextNormalizer.normalize(header.body());
        if (body.isEmpty()) {
            throw new ImportException(fileName, fileName + " has a header but no article text after it.");
        }
        String license = header.get("license") != null ? header.get("license") : header.get("licence");
        String author = header.get("author") != null ? header.get("author") : header.get("byline");
        return new ArticleDraft(header.get("title"), header.get("source"), DateParser.isoDate(header.get("date")),
                header.get("dateline"), header.get("agency"), url(header.get("url")), license, author, encoding,
                body);
    }

    /** The last line, or else the first, may be an agency dateline: it goes into the metadata, not the body. */
    static ArticleDraft fromBareText(String text, String fileName, String encoding) throws ImportException {
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
        String agency = dateline.map(Dateline::agency).orElse(null);
        String date = dateline.map(Dateline::date).map(LocalDate::toString).orElse(null);
        String place = dateline.map(Dateline::place).orElse(null);
        return new ArticleDraft(null, agency, date, place, agency, null, null, null, encoding, body);
    }

    /** The URL at the start of the value; null when the value says there is none ("not recorded"). */
    static String url(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = URL.matcher(value.strip());
        return m.matches() ? m.group(1) : null;
    }
}

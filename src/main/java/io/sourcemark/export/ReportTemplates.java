package io.sourcemark.export;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.util.HtmlEscaper;

import java.io.StringWriter;
import java.io.Writer;

/**
 * The report templates, with the one escaping of every value they show: characters that XML forbids (controls, lone
 * surrogates) become U+FFFD, so that the PDF renderer's XML parser accepts any text, then HTML escaping of
 * {@code & < > " ' ` =}, safe in text and in quoted attributes alike.
 */
final class ReportTemplates extends DefaultMustacheFactory {

    private static final char REPLACEMENT = '\uFFFD';

    ReportTemplates() {
        super("io/sourcemark/export");
    }

    Mustache report() {
        return compile("report.mustache");
    }

    @Override
    public void encode(String value, Writer writer) {
        escape(value, writer);
    }

    static void escape(String value, Writer writer) {
        HtmlEscaper.escape(xmlSafe(value), writer);
    }

    /** For tests and for values escaped outside a template. */
    static String escape(String value) {
        StringWriter out = new StringWriter(value.length() + 16);
        escape(value, out);
        return out.toString();
    }

    /** {@code text} with every character XML 1.0 does not allow replaced by U+FFFD; the same length in UTF-16. */
    static String xmlSafe(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (clean != null) {
                    clean.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(allowed ? c : REPLACEMENT);
            }
        }
        return clean == null ? text : clean.toString();
    }
}

package io.sourcemark.ui.reader;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.List;

/**
 * The article's body, read-only, with its highlights drawn from {@link Highlight} styles. It may show a very long
 * paragraph in pieces (see {@link DisplayText}); copying gives the body's own text.
 */
public final class ArticleArea extends StyledTextArea<String, Highlight> {

    private static final Number[] DASHES = {3.0, 3.0};

    private String body = "";

    ArticleArea() {
        super("", (flow, paragraphStyle) -> { }, Highlight.NONE, ArticleArea::draw);
        setEditable(false);
        setWrapText(true);
        setUseInitialStyleForInsertion(true);
    }

    /** Shows {@code text} (the body, or nothing). */
    void show(String text) {
        body = text;
        replaceText(DisplayText.of(text));
    }

    /**
     * Draws {@code styles} over the whole text and keeps it where the reader has it. The flow under the area makes
     * new cells for the paragraphs whose styles change and places them again from its own estimate: a search typed
     * letter by letter, restyling the text at each letter, scrolled the article at its top by a line, its first
     * line out of view. The paragraph first in view is put back where it was drawn.
     */
    void restyle(StyleSpans<Highlight> styles) {
        ReadingPlace place = readingPlace();
        setStyleSpans(0, styles);
        returnTo(place);
    }

    /** The paragraph first in view and where its top is drawn (above the view when negative); null before layout. */
    public ReadingPlace readingPlace() {
        VirtualFlow<?, ?> flow = flow();
        if (flow == null) {
            return null;
        }
        int first = flow.getFirstVisibleIndex();
        if (first < 0 || first >= getParagraphs().size()) {
            return null;
        }
        var cell = flow.getCellIfVisible(first);
        return cell.map(c -> new ReadingPlace(first, c.getNode().getLayoutY())).orElse(null);
    }

    /** Draws the paragraph of {@code place} where it was, to the pixel; a place no longer in the text is let go. */
    public void returnTo(ReadingPlace place) {
        VirtualFlow<?, ?> flow = flow();
        if (flow != null && place != null && place.paragraph() < getParagraphs().size()) {
            flow.showAtOffset(place.paragraph(), place.top());
        }
    }

    /** Where the reader is in the article: the paragraph at the top of the view and its top's offset in it. */
    public record ReadingPlace(int paragraph, double top) {
    }

    /** The flow the area lays its paragraphs out in: the one child it has. */
    private VirtualFlow<?, ?> flow() {
        for (var child : getChildren()) {
            if (child instanceof VirtualFlow<?, ?> flow) {
                return flow;
            }
        }
        return null;
    }

    /** What is drawn on the character at {@code offset}, by name ("sm-direct-quote", "sm-selected"). */
    public List<String> marksAt(int offset) {
        return getStyleOfChar(offset).marks();
    }

    /** The fill drawn behind the character at {@code offset} (a quote's, a verdict's), or null. */
    public Color backgroundAt(int offset) {
        return getStyleOfChar(offset).background();
    }

    /** The colour the text at {@code offset} is drawn in by a tag, or null for the page's own. */
    public Color textColourAt(int offset) {
        return getStyleOfChar(offset).text();
    }

    /** Whether any highlight is drawn on the text (the window has finished showing an article). */
    public boolean hasHighlights() {
        for (var span : getStyleSpans(0, getLength())) {
            if (!span.getStyle().marks().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void copy() {
        if (getSelection().getLength() > 0 && getSelection().getEnd() <= body.length()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(body.substring(getSelection().getStart(), getSelection().getEnd()));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static void draw(TextExt text, Highlight h) {
        if (h.isNone()) {
            return;
        }
        text.setBackgroundColor(h.background());
        if (h.underline() != null) {
            text.setUnderlineColor(h.underline());
            text.setUnderlineWidth(h.underlineDashed() ? 1.5 : 2);
            text.setUnderlineDashArray(h.underlineDashed() ? DASHES : null);
        }
        if (h.box() != null) {
            text.setBorderStrokeColor(h.box());
            text.setBorderStrokeWidth(h.boxWidth());
            text.setBorderStrokeDashArray(h.boxDashed() ? DASHES : null);
        }
        if (h.text() != null) {
            // inline, because the stylesheet's text colour would win over a plain setter
            text.setStyle("-fx-fill: " + web(h.text()) + ";");
        }
    }

    private static String web(Color color) {
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.3f)", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255), color.getOpacity());
    }
}

package io.sourcemark.ui;

import io.sourcemark.model.Verdict;
import io.sourcemark.model.VerdictColours;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Locale;

/**
 * How a verdict looks wherever it is shown: a colour (from green, true, to red, false; purple for misleading, grey for
 * unverifiable), one for each theme, and a symbol of its own, so that it reads without colour too. The dark theme's
 * colours are lighter, so that they stand out on a dark page.
 */
public final class VerdictLook {

    /** The verdicts of the keys V then 1–7, in order; V then 0 is not checked. */
    public static final List<Verdict> KEYED = List.of(Verdict.TRUE, Verdict.MOSTLY_TRUE, Verdict.MIXED,
            Verdict.MOSTLY_FALSE, Verdict.FALSE, Verdict.MISLEADING, Verdict.UNVERIFIABLE);

    private VerdictLook() {
    }

    /** The verdict's colour, opaque, as reports show it too; null for not checked (nothing is drawn). */
    public static Color colour(Verdict verdict, boolean dark) {
        if (verdict == Verdict.NOT_CHECKED) {
            return null;
        }
        return Color.web(dark ? VerdictColours.onDark(verdict) : VerdictColours.onLight(verdict));
    }

    public static Ikon symbol(Verdict verdict) {
        return switch (verdict) {
            case NOT_CHECKED -> Material2MZ.RADIO_BUTTON_UNCHECKED;
            case TRUE -> Material2AL.CHECK_CIRCLE;
            case MOSTLY_TRUE -> Material2AL.CHECK_CIRCLE_OUTLINE;
            case MIXED -> Material2MZ.TONALITY;
            case MOSTLY_FALSE -> Material2AL.HIGHLIGHT_OFF;
            case FALSE -> Material2AL.CANCEL;
            case MISLEADING -> Material2MZ.WARNING;
            case UNVERIFIABLE -> Material2AL.HELP_OUTLINE;
        };
    }

    /** "sm-verdict-mostly-true": the style class of the verdict's symbol (its colour in each theme) and mark. */
    public static String styleClass(Verdict verdict) {
        return "sm-verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verdict's symbol, coloured by the stylesheet for the theme. */
    public static FontIcon icon(Verdict verdict) {
        FontIcon icon = Icons.of(symbol(verdict));
        icon.getStyleClass().add(styleClass(verdict) + "-icon");
        return icon;
    }

    /** "V, 3": the keys that give the verdict. */
    public static String keys(Verdict verdict) {
        return "V, " + (KEYED.indexOf(verdict) + 1);
    }
}

package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Icons of the window; a kind's icon carries its layer's colour through a style class. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("sm-icon");
        return icon;
    }

    public static FontIcon forKind(Kind kind) {
        FontIcon icon = of(switch (kind) {
            case SPEAKER -> Material2MZ.RECORD_VOICE_OVER;
            case DIRECT_QUOTE -> Material2AL.FORMAT_QUOTE;
            case INDIRECT_QUOTE -> Material2AL.CHAT_BUBBLE_OUTLINE;
            case CLAIM -> Material2AL.FACT_CHECK;
            case TAG -> Material2AL.LABEL;
        });
        icon.getStyleClass().add("sm-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-icon");
        return icon;
    }
}

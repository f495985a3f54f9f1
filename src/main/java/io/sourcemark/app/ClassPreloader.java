package io.sourcemark.app;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the classes of the window on a second core while the toolkit starts and the project file opens, so that
 * building the window afterwards does not wait for the class loader. Only loads classes: no node is created off the FX thread.
 */
final class ClassPreloader {

    private static final Logger LOG = Logger.getLogger(ClassPreloader.class.getName());

    /** The heavy ones: the rich text area and its virtual flow, the status bar, the icon packs, list skins. */
    private static final List<String> CLASSES = List.of(
            "org.fxmisc.richtext.StyledTextArea",
            "org.fxmisc.richtext.GenericStyledArea",
            "org.fxmisc.richtext.model.StyleSpansBuilder",
            "org.fxmisc.flowless.VirtualFlow",
            "org.fxmisc.flowless.VirtualizedScrollPane",
            "org.reactfx.EventStreams",
            "org.kordamp.ikonli.javafx.FontIcon",
            "org.kordamp.ikonli.material2.Material2AL",
            "org.kordamp.ikonli.material2.Material2MZ",
            "org.kordamp.ikonli.material2.Material2ALIkonHandler",
            "org.kordamp.ikonli.material2.Material2MZIkonHandler",
            "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.skin.ToolBarSkin",
            "javafx.scene.control.skin.MenuBarSkin",
            "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.CheckBoxSkin",
            "org.sqlite.JDBC",
            "io.sourcemark.ui.shell.MainView",
            "io.sourcemark.ui.reader.ArticleView",
            "io.sourcemark.ui.reader.ArticleArea",
            "io.sourcemark.ui.reader.HighlightStyles",
            "io.sourcemark.ui.Workspace");

    private ClassPreloader() {
    }

    static void start() {
        Thread thread = new Thread(ClassPreloader::load, "sourcemark-class-preloader");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void load() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a missed speed-up: the window loads the class itself when it needs it.
                LOG.log(Level.FINE, "Not preloaded: " + name, e);
            }
        }
    }
}

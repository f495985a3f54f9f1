package io.sourcemark.app;

import io.sourcemark.service.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads classes on a second core ahead of the thread that needs them: the database driver (with a first connection
 * and the schema a project is checked against), the settings reader and the heaviest classes of the window while
 * the toolkit starts, then the window's other classes while the FX thread builds it. No node is created off the FX
 * thread.
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

    /** @param cacheDir where the database's native library is kept between runs */
    static void start(Path cacheDir) {
        Thread thread = new Thread(() -> load(cacheDir), "sourcemark-class-preloader");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void load(Path cacheDir) {
        // the project opens as soon as the toolkit is up, and the window waits for it: its driver comes first
        Project.warmUp(cacheDir);
        SettingsFile.warmUp();
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        for (String name : CLASSES) {
            // loaded, not initialised: the first control class initialised before the window has set its theme
            // queues the default theme for the FX thread, which then replaced the window's own now and then
            load(name, loader);
        }
    }

    /**
     * Loads the rest of the window's classes on a thread of its own: started once the project file is open, when
     * the FX thread goes on to build the window and a second core has nothing else to do; before that, the toolkit
     * and the opening project have both cores.
     */
    static void loadTheWindowsClasses() {
        Thread thread = new Thread(() -> {
            ClassLoader loader = ClassPreloader.class.getClassLoader();
            for (String name : startupClasses()) {
                load(name, loader);
            }
        }, "sourcemark-class-preloader-2");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads the class and never initialises it: its static code runs where it is first used. */
    private static void load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // Only a missed speed-up: the window loads the class itself when it needs it.
            LOG.log(Level.FINE, "Not preloaded: " + name, e);
        }
    }

    /** The classes the window loads before its first article is drawn, as {@code startup-classes.txt} lists them. */
    private static List<String> startupClasses() {
        try (InputStream in = ClassPreloader.class.getResourceAsStream("startup-classes.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            LOG.log(Level.FINE, "No list of start-up classes", e);
            return List.of();
        }
    }
}

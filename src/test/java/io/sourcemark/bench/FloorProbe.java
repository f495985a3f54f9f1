package io.sourcemark.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The floor of {@link WindowBenchmark}'s start figure, in a fresh JVM: a bare JavaFX window with a RichTextFX area
 * showing the AFP article with a highlight every 200 characters, read from its file. Prints the milliseconds from
 * the JVM's start to the first frame drawn with the article.
 */
public final class FloorProbe {

    private FloorProbe() {
    }

    /** A plain main class: a main in an {@code Application} would trip the launcher's check for JavaFX modules. */
    public static void main(String[] args) {
        Application.launch(Bare.class, args);
    }

    /** The bare window. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            show(stage);
        }
    }

    private static void show(Stage stage) throws Exception {
        String text = Files.readString(Path.of("sample-articles/000-afp-north-korea-arms-russia.txt"));
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.replaceText(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (int at = 0; at + 200 <= text.length(); at += 200) {
            spans.add(List.of(), 150).add(List.of("mark"), 50);
        }
        spans.add(List.of(), text.length() - text.length() / 200 * 200);
        area.setStyleSpans(0, spans.create());
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 1280, 800));
        stage.show();
        // the frame after the one in which the window was shown has the article laid out and drawn
        Platform.runLater(() -> Platform.runLater(() -> {
            System.out.println("RESULT " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()));
            System.exit(0);
        }));
    }
}

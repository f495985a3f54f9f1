package io.sourcemark.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window's start prints nothing on the terminal about how the jar loads JavaFX, and keeps its other warnings. */
class ToolkitWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        Main.quietenTheClassPathWarning();
        Logger toolkit = Logger.getLogger("javafx");
        List<String> shown = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // reached only by what the logger's filter let through
                shown.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        toolkit.addHandler(catcher);
        try {
            toolkit.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'");
            toolkit.log(Level.WARNING, "Could not load the glass library");
        } finally {
            toolkit.removeHandler(catcher);
        }
        assertEquals(List.of("Could not load the glass library"), shown);
    }
}

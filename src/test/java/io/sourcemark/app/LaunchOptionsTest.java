package io.sourcemark.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchOptionsTest {

    @Test
    void noArgumentsOrOnlyAProjectOpenTheWindow() {
        assertTrue(LaunchOptions.opensWindow(List.of()));
        assertTrue(LaunchOptions.opensWindow(List.of("--project", "a.sourcemark")));
        assertTrue(LaunchOptions.opensWindow(List.of("--project=a.sourcemark")));
    }

    @Test
    void commandsRunWithoutAWindow() {
        assertFalse(LaunchOptions.opensWindow(List.of("--version")));
        assertFalse(LaunchOptions.opensWindow(List.of("--help")));
        assertFalse(LaunchOptions.opensWindow(List.of("import", "--project", "a.sourcemark", "articles")));
        assertFalse(LaunchOptions.opensWindow(List.of("eval", "gold.jsonl")));
        assertFalse(LaunchOptions.opensWindow(List.of("--project")));
    }
}

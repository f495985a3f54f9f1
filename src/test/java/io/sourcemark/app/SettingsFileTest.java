package io.sourcemark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackEverySetting() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("sourcemark"));
        Settings settings = new Settings(true, 125, List.of("/p/a.sourcemark", "/p/b.sourcemark"),
                Map.of("/p/a.sourcemark", 7L), "Ana Ruiz", 0.65, "DATE", "Fact Desk", "/p/reports",
                new Settings.WindowPlace(40, 30, 1500, 950, false), List.of(0.2, 0.7, 0.6));
        file.save(settings);

        assertEquals(settings, new SettingsFile(dir.resolve("sourcemark")).load());
        try (var left = Files.list(dir.resolve("sourcemark"))) {
            assertEquals(List.of("settings.json"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        assertEquals(Settings.DEFAULTS, new SettingsFile(dir).load());
        Files.writeString(dir.resolve("settings.json"), "{ \"dark\": tr");
        assertEquals(Settings.DEFAULTS, new SettingsFile(dir).load());
    }

    @Test
    void unknownAndMissingFieldsAreTolerated() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ \"dark\": true, \"fromANewerVersion\": 1 }");
        Settings read = new SettingsFile(dir).load();
        assertEquals(true, read.dark());
        assertEquals(List.of(), read.recentProjects());
        assertEquals(Map.of(), read.lastArticles());
        assertEquals(0.0, read.claimThreshold());
    }

    @Test
    void aClaimThresholdOutOfRangeReadsAsEveryClaimOrAtMostOne() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ \"claimThreshold\": -3 }");
        assertEquals(0.0, new SettingsFile(dir).load().claimThreshold());
        Files.writeString(dir.resolve("settings.json"), "{ \"claimThreshold\": 7.5 }");
        assertEquals(1.0, new SettingsFile(dir).load().claimThreshold());
    }

    @Test
    void aWindowPlaceTooSmallOrIncompleteReadsAsTheDefaultPlace() throws Exception {
        Files.writeString(dir.resolve("settings.json"),
                "{ \"window\": { \"x\": 10, \"y\": 10, \"width\": 3, \"height\": 900, \"maximized\": false } }");
        assertNull(new SettingsFile(dir).load().window());
        Files.writeString(dir.resolve("settings.json"), "{ \"window\": { \"width\": 1200, \"height\": 900 } }");
        assertNull(new SettingsFile(dir).load().window());
        Files.writeString(dir.resolve("settings.json"), "{ \"zoom\": 110, \"window\": { \"x\": 5, \"y\": 6, "
                + "\"width\": 1200, \"height\": 900, \"maximized\": true } }");
        assertEquals(new Settings.WindowPlace(5, 6, 1200, 900, true), new SettingsFile(dir).load().window());
        // a place of the wrong type loses the place only, not the name or the rest of the file
        Files.writeString(dir.resolve("settings.json"), "{ \"reviewer\": \"Ana Ruiz\", \"window\": { \"x\": null, "
                + "\"y\": [1], \"width\": \"wide\", \"height\": 900, \"maximized\": \"yes\" } }");
        assertNull(new SettingsFile(dir).load().window());
        assertEquals("Ana Ruiz", new SettingsFile(dir).load().reviewer());
        Files.writeString(dir.resolve("settings.json"), "{ \"reviewer\": \"Ana Ruiz\", \"window\": 3 }");
        assertEquals("Ana Ruiz", new SettingsFile(dir).load().reviewer());
    }

    @Test
    void dividersOutOfPlaceOrOfTheWrongShapeReadAsTheDefaultAndLoseNothingElse() throws Exception {
        for (String dividers : new String[] {"[0.3, 0.2, 0.5]", "[0.2, 0.7]", "[0.2, 0.7, 1.5]", "[0.2, \"x\", 0.5]",
                "{\"a\": 1}", "[[0.2], 0.7, 0.5]", "0.2"}) {
            Files.writeString(dir.resolve("settings.json"), "{ \"dividers\": " + dividers
                    + ", \"reviewer\": \"Ana Ruiz\" }");
            Settings read = new SettingsFile(dir).load();
            assertEquals(List.of(), read.dividers(), dividers);
            assertEquals("Ana Ruiz", read.reviewer(), dividers);
        }
        Files.writeString(dir.resolve("settings.json"), "{ \"dividers\": [0.25, 0.7, 0.62] }");
        assertEquals(List.of(0.25, 0.7, 0.62), new SettingsFile(dir).load().dividers());
    }

    @Test
    void readsTheFileAsEarlierVersionsWroteIt() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
                {
                  "dark" : true,
                  "zoom" : 150,
                  "recentProjects" : [ "/p/a.sourcemark" ],
                  "lastArticles" : {
                    "/p/a.sourcemark" : 12
                  },
                  "reviewer" : null,
                  "claimThreshold" : 0.4,
                  "libraryOrder" : null
                }""");
        assertEquals(new Settings(true, 150, List.of("/p/a.sourcemark"), Map.of("/p/a.sourcemark", 12L), null, 0.4,
                null, null, null, null, List.of()), new SettingsFile(dir).load());
    }

    @Test
    void aValueOfTheWrongTypeGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ \"dark\": true, \"zoom\": \"large\" }");
        assertEquals(Settings.DEFAULTS, new SettingsFile(dir).load());
        Files.writeString(dir.resolve("settings.json"), "{ \"lastArticles\": { \"/p/a.sourcemark\": \"7\" } }");
        assertEquals(Settings.DEFAULTS, new SettingsFile(dir).load());
        Files.writeString(dir.resolve("settings.json"), "[ true ]");
        assertEquals(Settings.DEFAULTS, new SettingsFile(dir).load());
    }

    @Test
    void aFolderInPlaceOfTheFileGivesTheDefaults() throws Exception {
        Files.createDirectory(dir.resolve("settings.json"));
        assertEquals(Settings.DEFAULTS, new SettingsFile(dir).load());
    }

    @Test
    void missingFieldsKeepTheirDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ \"dark\": true }");
        assertEquals(Settings.DEFAULTS.withDark(true), new SettingsFile(dir).load());
    }
}

package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExportTest {

    @TempDir
    Path dir;
    private ScriptedAfp afp;
    private ExportService exports;

    @BeforeEach
    void script() throws Exception {
        afp = ScriptedAfp.open(dir.resolve("p.sourcemark"));
        exports = new ExportService(afp.project.project());
    }

    @AfterEach
    void close() {
        afp.close();
    }

    @Test
    void writesTheReport() throws Exception {
        ExportReport report = exports.export(new ExportRequest(ExportFormat.HTML, List.of(afp.afp.id()),
                dir.resolve("out"), ExportOptions.everything().signedBy("Ana", "Fact Desk"), false, false),
                ImportProgress.NONE, () -> false);
        assertEquals(1, report.written().size(), report.toString());
        String html = Files.readString(report.written().get(0), StandardCharsets.UTF_8);
        Files.writeString(Path.of("/tmp/afp-report.html"), html);
        assertTrue(html.contains("Vladivostok"));
    }
}

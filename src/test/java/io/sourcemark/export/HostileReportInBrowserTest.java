package io.sourcemark.export;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens an HTML report made from hostile text in a real browser (Debian's headless Chromium, which .ci/run installs)
 * and reads the page as the browser built it: no script ran, no element or attribute came from the text. The same
 * report without its Content Security Policy shows that the escaping alone is enough.
 */
class HostileReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsChromium() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError("CI must run this test: install Debian's chromium (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "Skipped: " + CHROMIUM + " is not installed here (apt-get install "
                + "chromium); CI runs it");
    }

    @Test
    void theBrowserDetectsAScriptThatRuns() throws Exception {
        Path page = dir.resolve("control.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>control</p>" + ReportModels.SCRIPT + "</body></html>");

        assertTrue(dom(page).contains("data-pwned=\"script\""), "the check can fail: a script that runs shows");
    }

    @Test
    void noScriptOfTheArticlesTextRunsInTheReport() throws Exception {
        String html = new HtmlReport().render(ReportModels.hostile(), ReportModels.signedByAHostileReviewer());
        Path report = dir.resolve("hostile.html");
        Files.writeString(report, html, StandardCharsets.UTF_8);
        Path unprotected = dir.resolve("hostile-without-csp.html");
        String withoutPolicy = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        assertFalse(withoutPolicy.contains("Content-Security-Policy"));
        Files.writeString(unprotected, withoutPolicy, StandardCharsets.UTF_8);

        for (Path page : List.of(report, unprotected)) {
            String dom = dom(page);
            assertTrue(dom.contains("id=\"statements\""), "the report was rendered: " + page);
            assertFalse(dom.contains("data-pwned=\""), "a script ran in " + page);
            assertFalse(dom.contains("<script"), "a script element in " + page);
            for (String element : new String[] {"<img", "<svg", "<iframe"}) {
                assertFalse(dom.contains(element), element + " in " + page);
            }
            assertFalse(EVENT_ATTRIBUTE.matcher(dom).find(), "an event attribute in " + page);
            assertFalse(dom.contains("href=\"javascript:") || dom.contains("href=\"data:"), "a script link");
            assertEquals(1, dom.split("</style>", -1).length - 1, "the style element is whole in " + page);
            assertTrue(dom.contains("&lt;script&gt;document.documentElement.setAttribute"), "shown as text");
        }
    }

    /** The page's DOM after it loaded and ran what it would run. */
    private static String dom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve(page.getFileName() + ".dom");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom", page.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish within a minute");
        }
        assertEquals(0, chromium.exitValue(), "chromium's exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}

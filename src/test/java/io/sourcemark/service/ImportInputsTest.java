package io.sourcemark.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportInputsTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithNothingToImportIsRefusedSayingWhatItLookedFor() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.json"), "{}");

        ImportInputs inputs = ImportInputs.expand(List.of(empty), name -> name.endsWith(".txt"), "text files");

        assertEquals(List.of(), inputs.files());
        assertEquals(List.of(new RefusedFile(empty.toString(), empty + " holds nothing to import: text files (hidden "
                + "ones left out).")), inputs.refused());
    }

    @Test
    void takesSupportedFilesOfFoldersRecursivelySortedAndSkipsHiddenOnes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("b.txt"), "B");
        Files.writeString(folder.resolve("a.txt"), "A");
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Files.writeString(folder.resolve(".hidden.txt"), "hidden");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/c.TXT"), "C");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/d.txt"), "D");
        Path single = Files.writeString(dir.resolve("single.md"), "given by name");

        ImportInputs inputs = ImportInputs.expand(List.of(folder, single, dir.resolve("missing.txt")),
                name -> name.toLowerCase().endsWith(".txt"), "text files");

        assertEquals(List.of(folder.resolve("a.txt"), folder.resolve("b.txt"), folder.resolve("sub/c.TXT"), single),
                inputs.files());
        assertEquals(List.of(new RefusedFile(dir.resolve("missing.txt").toString(),
                dir.resolve("missing.txt") + " does not exist.")), inputs.refused());
    }

    @Test
    void anAddressOfAnotherSchemeIsNamedAsSuchNotAsAMissingFile() throws Exception {
        ImportInputs inputs = ImportInputs.expand(List.of(Path.of("javascript:alert(1)"),
                Path.of("ftp://example.org/a.txt"), dir.resolve("C:missing.txt")), name -> true, "text files");

        assertEquals(List.of(
                new RefusedFile("javascript:alert(1)", "javascript:alert(1) is neither a file nor a web address: "
                        + "only http:// and https:// addresses are fetched."),
                new RefusedFile(Path.of("ftp://example.org/a.txt").toString(), Path.of("ftp://example.org/a.txt")
                        + " is neither a file nor a web address: only http:// and https:// addresses are fetched."),
                new RefusedFile(dir.resolve("C:missing.txt").toString(), dir.resolve("C:missing.txt")
                        + " does not exist.")), inputs.refused());
    }

    @Test
    void takesALinkedArticleOfAFolderButNotABrokenLink() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "linked");
        Files.createSymbolicLink(folder.resolve("linked.txt"), elsewhere);
        Files.createSymbolicLink(folder.resolve("broken.txt"), dir.resolve("gone.txt"));

        ImportInputs inputs = ImportInputs.expand(List.of(folder), name -> name.endsWith(".txt"), "text files");

        assertEquals(List.of(folder.resolve("linked.txt")), inputs.files());
        assertEquals(List.of(new RefusedFile(folder.resolve("broken.txt").toString(), folder.resolve("broken.txt")
                + " is a link to a file that does not exist.")), inputs.refused(), "listed, not passed over");
    }

    @Test
    void takesAPipeNamedLikeAnArticleSoThatTheImportListsItsReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path fifo = folder.resolve("article.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));

        ImportInputs inputs = ImportInputs.expand(List.of(folder), name -> name.endsWith(".txt"), "text files");

        assertEquals(List.of(fifo, folder.resolve("zero.txt")), inputs.files());
    }

    @Test
    void takesEveryFormatOfTheImportersButNotTheResourcesOfASavedPage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("page.html", "page_files/frame.html", "page_files/ad.htm", "page_files/app.js",
                "orphan_files/story.html", "b.pdf", "c.docx", "d.md", "e.odt", "f.htm", "photo.png", ".g.txt")) {
            Files.createDirectories(folder.resolve(name).getParent());
            Files.writeString(folder.resolve(name), "x");
        }
        ImportInputs inputs = ImportInputs.expand(List.of(folder),
                io.sourcemark.importer.ImporterRegistry.standard()::isSupportedFileName, "text files");
        assertEquals(List.of(folder.resolve("b.pdf"), folder.resolve("c.docx"), folder.resolve("d.md"),
                folder.resolve("e.odt"), folder.resolve("f.htm"), folder.resolve("orphan_files/story.html"),
                folder.resolve("page.html")), inputs.files());
    }

    @Test
    void aFileGivenTwiceIsImportedOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "A");
        ImportInputs inputs = ImportInputs.expand(List.of(file, dir, dir.resolve("./a.txt")), name -> true, "text files");
        assertEquals(List.of(file), inputs.files());
    }
}

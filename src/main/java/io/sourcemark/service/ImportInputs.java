package io.sourcemark.service;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files an import works through: files as given, and the supported files of folders (recursively, sorted,
 * hidden files and folders skipped, and the {@code NAME_files} folder of a page saved as "web page, complete" beside
 * its {@code NAME.html}: its scripts, styles and frames are parts of the page, not articles). Inputs that cannot be
 * used are refused with a reason.
 */
public final class ImportInputs {

    private static final String SAVED_PAGE_SUFFIX = "_files";
    private static final List<String> PAGE_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".HTML", ".HTM");

    /** A scheme of two letters or more and its colon ("C:" is a Windows drive). */
    private static final java.util.regex.Pattern OTHER_SCHEME =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

    private final Set<Path> files = new LinkedHashSet<>();
    private final List<RefusedFile> refused = new ArrayList<>();

    private ImportInputs() {
    }

    /**
     * @param whatItReads the files looked for, in words ("files of the extensions txt, md…"): a folder that holds
     *                    none is refused saying so, rather than imported as nothing
     */
    public static ImportInputs expand(List<Path> inputs, Predicate<String> supportedFileName, String whatItReads) {
        ImportInputs result = new ImportInputs();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                int files = result.files.size();
                int refused = result.refused.size();
                result.addFolder(input, supportedFileName);
                if (result.files.size() == files && result.refused.size() == refused) {
                    result.refused.add(new RefusedFile(input.toString(), input + " holds nothing to import: "
                            + whatItReads + " (hidden ones left out)."));
                }
            } else if (Files.exists(input)) {
                result.files.add(input.toAbsolutePath().normalize());
            } else if (OTHER_SCHEME.matcher(input.toString()).lookingAt()) {
                // an address of another kind than the two fetched (javascript:, ftp:, file:): "does not exist"
                // would send the analyst looking for a file
                result.refused.add(new RefusedFile(input.toString(), input + " is neither a file nor a web "
                        + "address: only http:// and https:// addresses are fetched."));
            } else {
                result.refused.add(new RefusedFile(input.toString(), input + " does not exist."));
            }
        }
        return result;
    }

    public List<Path> files() {
        return List.copyOf(files);
    }

    public List<RefusedFile> refused() {
        return List.copyOf(refused);
    }

    private void addFolder(Path folder, Predicate<String> supportedFileName) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && (isHidden(dir) || isSavedPageFolder(dir))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    // links are not followed by the walk, so a linked article reports the link's attributes
                    if (isHidden(file) || !supportedFileName.test(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink() && !Files.exists(file)) {
                        refused.add(new RefusedFile(file.toString(), file + " is a link to a file that does not "
                                + "exist."));
                    } else {
                        // a pipe or a device named like an article is listed with the reason the import gives it
                        found.add(file.toAbsolutePath().normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    refused.add(new RefusedFile(file.toString(), file + " cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            refused.add(new RefusedFile(folder.toString(), folder + " cannot be read: " + e.getMessage()));
        }
        found.sort(null);
        files.addAll(found);
    }

    /** The folder a browser saves a page's resources in: {@code NAME_files} beside {@code NAME.html}. */
    private static boolean isSavedPageFolder(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.endsWith(SAVED_PAGE_SUFFIX) || name.length() == SAVED_PAGE_SUFFIX.length()) {
            return false;
        }
        String page = name.substring(0, name.length() - SAVED_PAGE_SUFFIX.length());
        for (String extension : PAGE_EXTENSIONS) {
            if (Files.isRegularFile(dir.resolveSibling(page + extension))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            // Cannot tell: treat it as visible; reading it will report any real problem.
            return false;
        }
    }
}

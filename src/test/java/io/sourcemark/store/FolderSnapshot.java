package io.sourcemark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The names of the entries of a folder and the bytes of its regular files, to show that nothing was touched. */
record FolderSnapshot(Map<String, String> entries) {

    static FolderSnapshot of(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                // a pipe is never read: it would wait for a writer
                entries.put(path.getFileName().toString(), Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        ? sha256(Files.readAllBytes(path)) : Files.isDirectory(path) ? "folder" : "special");
            }
        }
        return new FolderSnapshot(entries);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

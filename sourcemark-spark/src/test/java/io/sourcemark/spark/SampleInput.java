package io.sourcemark.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sample articles as JSON lines of {id, text}, the id being the file's name; {@code copies} times over. */
public final class SampleInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleInput() {
    }

    public static List<String> lines(int copies) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("sample-articles"))) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (Path file : files) {
                ObjectNode record = JSON.createObjectNode();
                String name = file.getFileName().toString();
                record.put("id", copies == 1 ? name : copy + "-" + name);
                try {
                    record.put("text", Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lines.add(record.toString());
            }
        }
        return lines;
    }

    public static Path write(Path file, List<String> lines) {
        try {
            return Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

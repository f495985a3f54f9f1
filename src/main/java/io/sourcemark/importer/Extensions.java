package io.sourcemark.importer;

import java.util.Locale;

/** The extension of a file name: lower case, without the dot; empty when there is none. */
final class Extensions {

    private Extensions() {
    }

    static String of(String fileName) {
        String name = fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}

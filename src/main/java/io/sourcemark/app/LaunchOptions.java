package io.sourcemark.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the window's command line may say: {@code --project PATH} (or {@code --project=PATH}). */
final class LaunchOptions {

    private LaunchOptions() {
    }

    static Optional<Path> project(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--project") && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)).toAbsolutePath());
            }
            if (arg.startsWith("--project=")) {
                return Optional.of(Path.of(arg.substring("--project=".length())).toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}

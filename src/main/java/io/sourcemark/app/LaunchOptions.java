package io.sourcemark.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the window's command line may say: {@code --project PATH} (or {@code --project=PATH}). */
final class LaunchOptions {

    private LaunchOptions() {
    }

    /** True when the arguments ask for the window: none at all, or only {@code --project PATH}. */
    static boolean opensWindow(List<String> args) {
        if (args.isEmpty()) {
            return true;
        }
        if (args.size() == 1) {
            return args.get(0).startsWith("--project=");
        }
        return args.size() == 2 && args.get(0).equals("--project");
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

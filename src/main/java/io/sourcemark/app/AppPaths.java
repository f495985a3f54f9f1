package io.sourcemark.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Sourcemark keeps its files on this platform: the default project (user-data folder) and the settings
 * (user-config folder). The system properties {@code sourcemark.dataDir} and {@code sourcemark.configDir} override
 * both, so that tests and portable installs can point elsewhere.
 *
 * @param dataDir   holds the default project
 * @param configDir holds the settings file
 */
record AppPaths(Path dataDir, Path configDir) {

    static final String DEFAULT_PROJECT_NAME = "default.sourcemark";

    /** The folders for this machine, from the system properties and environment. */
    static AppPaths forThisMachine() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                System.getProperty("sourcemark.dataDir"), System.getProperty("sourcemark.configDir"));
    }

    static AppPaths resolve(Map<String, String> env, String osName, Path home, String dataOverride,
                            String configOverride) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path data;
        Path config;
        if (os.startsWith("windows")) {
            Path appData = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA"))
                    : home.resolve("AppData").resolve("Roaming");
            data = appData.resolve("Sourcemark");
            config = data;
        } else if (os.startsWith("mac")) {
            data = home.resolve("Library").resolve("Application Support").resolve("Sourcemark");
            config = data;
        } else {
            data = xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("sourcemark");
            config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("sourcemark");
        }
        return new AppPaths(dataOverride == null || dataOverride.isBlank() ? data : Path.of(dataOverride),
                configOverride == null || configOverride.isBlank() ? config : Path.of(configOverride));
    }

    /** XDG says a relative or empty value is to be ignored. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    Path defaultProject() {
        return dataDir.resolve(DEFAULT_PROJECT_NAME);
    }
}

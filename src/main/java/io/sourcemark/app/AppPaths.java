package io.sourcemark.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Sourcemark keeps its files on this platform: the default project (user-data folder), the settings
 * (user-config folder) and what it can make again (user-cache folder). The system properties
 * {@code sourcemark.dataDir} and {@code sourcemark.configDir} override the first two, so that tests and portable
 * installs can point elsewhere; with the data folder overridden, the cache is a folder inside it.
 *
 * @param dataDir   holds the default project
 * @param configDir holds the settings file
 * @param cacheDir  holds the copy of the database's native library loaded at start
 */
record AppPaths(Path dataDir, Path configDir, Path cacheDir) {

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
        Path cache;
        if (os.startsWith("windows")) {
            Path appData = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA"))
                    : home.resolve("AppData").resolve("Roaming");
            Path localAppData = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA"))
                    : home.resolve("AppData").resolve("Local");
            data = appData.resolve("Sourcemark");
            config = data;
            cache = localAppData.resolve("Sourcemark").resolve("Cache");
        } else if (os.startsWith("mac")) {
            data = home.resolve("Library").resolve("Application Support").resolve("Sourcemark");
            config = data;
            cache = home.resolve("Library").resolve("Caches").resolve("Sourcemark");
        } else {
            data = xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("sourcemark");
            config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("sourcemark");
            cache = xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("sourcemark");
        }
        boolean dataGiven = dataOverride != null && !dataOverride.isBlank();
        return new AppPaths(dataGiven ? Path.of(dataOverride) : data,
                configOverride == null || configOverride.isBlank() ? config : Path.of(configOverride),
                dataGiven ? Path.of(dataOverride).resolve("cache") : cache);
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

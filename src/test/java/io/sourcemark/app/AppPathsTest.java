package io.sourcemark.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppPathsTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxFollowsTheXdgFolders() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/conf"), "Linux", HOME,
                null, null);
        assertEquals(Path.of("/data/sourcemark/default.sourcemark"), paths.defaultProject());
        assertEquals(Path.of("/conf/sourcemark"), paths.configDir());
        assertEquals(Path.of("/home/ana/.cache/sourcemark"), paths.cacheDir());
        assertEquals(Path.of("/cache/sourcemark"), AppPaths.resolve(Map.of("XDG_CACHE_HOME", "/cache"), "Linux", HOME,
                null, null).cacheDir());
    }

    @Test
    void linuxFallsBackToTheHomeFoldersWhenXdgIsUnsetOrRelative() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "relative/conf"), "Linux", HOME, null, null);
        assertEquals(Path.of("/home/ana/.local/share/sourcemark/default.sourcemark"), paths.defaultProject());
        assertEquals(Path.of("/home/ana/.config/sourcemark"), paths.configDir());
    }

    @Test
    void windowsUsesAppData() {
        AppPaths paths = AppPaths.resolve(Map.of("APPDATA", "/Users/ana/AppData/Roaming"), "Windows 11", HOME,
                null, null);
        assertEquals(Path.of("/Users/ana/AppData/Roaming/Sourcemark"), paths.dataDir());
        assertEquals(paths.dataDir(), paths.configDir());
        assertEquals(Path.of("/home/ana/AppData/Local/Sourcemark/Cache"), paths.cacheDir());
    }

    @Test
    void macOsUsesApplicationSupport() {
        AppPaths paths = AppPaths.resolve(Map.of(), "Mac OS X", HOME, null, null);
        assertEquals(Path.of("/home/ana/Library/Application Support/Sourcemark/default.sourcemark"),
                paths.defaultProject());
        assertEquals(Path.of("/home/ana/Library/Caches/Sourcemark"), paths.cacheDir());
    }

    @Test
    void systemPropertiesOverrideBothFolders() {
        AppPaths paths = AppPaths.resolve(Map.of(), "Linux", HOME, "/tmp/d", "/tmp/c");
        assertEquals(Path.of("/tmp/d/default.sourcemark"), paths.defaultProject());
        assertEquals(Path.of("/tmp/c"), paths.configDir());
        assertEquals(Path.of("/tmp/d/cache"), paths.cacheDir());
    }

    @Test
    void theProjectComesFromTheCommandLine() {
        assertEquals(Path.of("/x/a.sourcemark"),
                LaunchOptions.project(java.util.List.of("--project", "/x/a.sourcemark")).orElseThrow());
        assertEquals(Path.of("/x/b.sourcemark"),
                LaunchOptions.project(java.util.List.of("--project=/x/b.sourcemark")).orElseThrow());
        assertEquals(java.util.Optional.empty(), LaunchOptions.project(java.util.List.of("--project")));
    }
}

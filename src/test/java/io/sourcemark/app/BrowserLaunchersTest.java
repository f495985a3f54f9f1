package io.sourcemark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrowserLaunchersTest {

    @TempDir
    Path dir;

    @Test
    void aLinuxWithoutALauncherOnItsPathHasNoBrowserAndOneWithXdgOpenHasOne() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Files.writeString(tools.resolve("firefox"), "not executable");
        assertFalse(BrowserLaunchers.available("Linux", Map.of("PATH", empty + ":" + tools)),
                "a file that cannot be run is no launcher");
        assertFalse(BrowserLaunchers.available("Linux", Map.of()));

        Path xdgOpen = Files.writeString(tools.resolve("xdg-open"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(xdgOpen, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(BrowserLaunchers.available("Linux", Map.of("PATH", empty + "::" + tools)));
        assertTrue(BrowserLaunchers.available("Windows 11", Map.of()), "Windows always has a handler");
        assertTrue(BrowserLaunchers.available("Mac OS X", Map.of()));
    }
}

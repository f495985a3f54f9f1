package io.sourcemark.app;

import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands an address to the system's browser. Where none can be started, the address is put on the clipboard and the
 * status line says so: JavaFX alone would print an error on the terminal and leave the analyst with nothing.
 */
final class SystemBrowser implements Consumer<String> {

    static final String NO_BROWSER = "No web browser is set up on this computer (xdg-open was not found): the "
            + "address is copied, paste it into a browser.";

    private final Supplier<HostServices> host;
    private final Consumer<String> announce;

    /**
     * @param host     the application's host services, asked for only when an address is opened
     * @param announce shows a message on the window's status line
     */
    SystemBrowser(Supplier<HostServices> host, Consumer<String> announce) {
        this.host = host;
        this.announce = announce;
    }

    @Override
    public void accept(String uri) {
        if (BrowserLaunchers.available()) {
            host.get().showDocument(uri);
        } else {
            copyInstead(uri);
        }
    }

    void copyInstead(String uri) {
        ClipboardContent address = new ClipboardContent();
        address.putString(uri);
        Clipboard.getSystemClipboard().setContent(address);
        announce.accept(NO_BROWSER);
    }
}

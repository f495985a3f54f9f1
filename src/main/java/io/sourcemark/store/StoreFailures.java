package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The one wording of a failed database call, naming the project and what was being done. */
final class StoreFailures {

    private StoreFailures() {
    }

    static StoreException of(Path file, String action, SQLException cause) {
        return new StoreException("Could not " + action + " in the project " + file + ": " + cause.getMessage(),
                cause);
    }
}

package io.sourcemark.service;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported   inputs that became new articles, in import order
 * @param duplicates inputs whose text was already in the project (by content hash); nothing was added for them
 * @param refused    inputs that could not be imported, each with its reason; nothing was added for them
 * @param cancelled  whether the import was cancelled before every input was done
 */
public record ImportReport(List<ImportedFile> imported, List<ImportedFile> duplicates, List<RefusedFile> refused,
                           boolean cancelled) {

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        refused = List.copyOf(refused);
    }

    /** Whether some input was refused. */
    public boolean hasRefusals() {
        return !refused.isEmpty();
    }
}

package io.sourcemark.importer;

import java.net.URI;

public final class UrlFetcher {
    UrlFetcher(ImportLimits limits) { }
    ImportSource fetch(URI url) throws ImportException { throw new ImportException(url.toString(), "todo"); }
}

package io.sourcemark.service;

import io.sourcemark.analysis.Analyzer;

import java.util.function.Supplier;

/**
 * Loads the attribution engine once, on first use, on whichever background thread asks first. The window never
 * waits for it: the application asks for it off the FX thread, right after the window is shown.
 */
public final class AnalyzerSupplier implements Supplier<Analyzer> {

    private final Supplier<Analyzer> loader;
    private volatile Analyzer analyzer;

    public AnalyzerSupplier() {
        this(Analyzer::load);
    }

    AnalyzerSupplier(Supplier<Analyzer> loader) {
        this.loader = loader;
    }

    @Override
    public Analyzer get() {
        Analyzer loaded = analyzer;
        if (loaded == null) {
            synchronized (this) {
                loaded = analyzer;
                if (loaded == null) {
                    loaded = loader.get();
                    analyzer = loaded;
                }
            }
        }
        return loaded;
    }
}

package io.sourcemark.ui;

/** A service call run off the FX thread. */
@FunctionalInterface
public interface Work<T> {

    T run() throws Exception;
}

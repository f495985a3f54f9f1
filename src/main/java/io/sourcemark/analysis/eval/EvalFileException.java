package io.sourcemark.analysis.eval;

/** A gold or prediction file that cannot be read: the message names the file and line and what is wrong. */
public class EvalFileException extends Exception {

    public EvalFileException(String message) {
        super(message);
    }

    public EvalFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.sourcemark.cli;

/** Exit codes of the {@code sourcemark} command. */
public final class ExitCodes {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The project file, the engine or the one input the command needs could not be used; nothing was done. */
    public static final int CANNOT_RUN = 1;
    /** Some inputs were refused; the others were done. */
    public static final int SOME_REFUSED = 2;
    /** The command line itself is wrong (unknown option, missing argument); as sysexits' EX_USAGE. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}

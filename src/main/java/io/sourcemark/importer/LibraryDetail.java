package io.sourcemark.importer;

/**
 * The part of a reading library's message that tells the analyst what is wrong with a file: its first sentence, on
 * one line, without what the library says to its own programmers (open an issue, raise a bug, call a setter to allow
 * more) and cut to a length a message can hold.
 */
final class LibraryDetail {

    private static final int MOST = 200;
    private static final String[] ADVICE = {"If the file is not corrupt", "please open an issue", "please raise a bug",
        "please submit", "You can set", "bugzilla", "Please report"};

    private LibraryDetail() {
    }

    /** The message of {@code e}, cleaned; empty when it says nothing of the file. */
    static String of(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        for (String advice : ADVICE) {
            int at = message.toLowerCase(java.util.Locale.ROOT).indexOf(advice.toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                message = message.substring(0, at);
            }
        }
        message = message.replaceAll("\\s+", " ").strip();
        while (message.endsWith(".") || message.endsWith(":") || message.endsWith(",")) {
            message = message.substring(0, message.length() - 1).strip();
        }
        return message.length() <= MOST ? message : message.substring(0, MOST - 1).strip() + "…";
    }

    /** " (detail)" for the end of a sentence, or nothing. */
    static String inParentheses(Throwable e) {
        String detail = of(e);
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }
}

package io.sourcemark.spark;

import java.util.Locale;

/**
 * What the job reads and where it writes. {@code format} is {@code jsonl} (lines of {"id": …, "text": …}) or
 * {@code parquet} (columns id and text); {@code output} is a folder that receives one Parquet table per result.
 */
public record JobOptions(String input, String output, String format) {

    static final String JSONL = "jsonl";
    static final String PARQUET = "parquet";

    public JobOptions {
        format = format.toLowerCase(Locale.ROOT);
        if (!format.equals(JSONL) && !format.equals(PARQUET)) {
            throw new IllegalArgumentException("The input format is jsonl or parquet, not " + format + ".");
        }
    }

    /** Reads {@code --input PATH --output DIR [--format jsonl|parquet]}; the format defaults to the input's end. */
    public static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        String format = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--input" -> input = required(args[i], value);
                case "--output" -> output = required(args[i], value);
                case "--format" -> format = required(args[i], value);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i] + ". " + USAGE);
            }
            i++;
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException(USAGE);
        }
        if (format == null) {
            format = input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? PARQUET : JSONL;
        }
        return new JobOptions(input, output, format);
    }

    public static final String USAGE = "Usage: --input PATH --output DIR [--format jsonl|parquet]";

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value. " + USAGE);
        }
        return value;
    }
}

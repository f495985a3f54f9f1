package io.sourcemark.spark;

/** What a run of the job did: articles analysed, rows set aside, characters read, rows written. */
public record JobSummary(long articles, long badRows, long characters, long attributions, long claims) {

    String describe() {
        return "Analysed " + articles + " articles (" + characters + " characters): " + attributions
                + " attributions, " + claims + " claims; " + badRows + (badRows == 1 ? " row" : " rows")
                + " set aside in bad_rows.";
    }
}

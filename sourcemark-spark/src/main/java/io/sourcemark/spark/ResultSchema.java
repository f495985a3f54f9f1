package io.sourcemark.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the job writes. Offsets are UTF-16 code units into the article's text, half-open, as the engine and
 * {@code analyze --jsonl} give them.
 */
final class ResultSchema {

    /** One attribution: a quote or reported statement, with its source mention, canonical speaker and cue. */
    static final StructType ATTRIBUTION = new StructType(new StructField[] {
            field("kind", DataTypes.StringType, false),
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false),
            field("speaker_mention", DataTypes.StringType, true),
            field("speaker_start", DataTypes.IntegerType, true),
            field("speaker_end", DataTypes.IntegerType, true),
            field("canonical_speaker", DataTypes.StringType, true),
            field("cue", DataTypes.StringType, true),
            field("confidence", DataTypes.DoubleType, false)});

    /** One check-worthy claim, with its calibrated score and category, and its speaker when it is attributed. */
    static final StructType CLAIM = new StructType(new StructField[] {
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false),
            field("score", DataTypes.DoubleType, false),
            field("category", DataTypes.StringType, false),
            field("speaker", DataTypes.StringType, true)});

    /**
     * What one input row gave: its findings, or, for a row that could not be read or analysed, the reason and the
     * row as it came (cut to {@link ArticleAnalysis#RAW_KEPT} characters).
     */
    static final StructType ARTICLE = new StructType(new StructField[] {
            field("article_id", DataTypes.StringType, true),
            field("error", DataTypes.StringType, true),
            field("raw", DataTypes.StringType, true),
            field("characters", DataTypes.LongType, false),
            field("attributions", DataTypes.createArrayType(ATTRIBUTION, false), false),
            field("claims", DataTypes.createArrayType(CLAIM, false), false)});

    private ResultSchema() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}

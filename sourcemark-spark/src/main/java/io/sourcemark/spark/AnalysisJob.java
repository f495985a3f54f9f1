package io.sourcemark.spark;

import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.Iterator;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

/**
 * The engine over an archive: reads {@code {id, text}} records (JSON lines or Parquet), analyses each partition with
 * the executor's one engine, and writes as Parquet, under the output folder:
 * <ul>
 *   <li>{@code attributions}: one row per quote or reported statement ({@link ResultSchema#ATTRIBUTION} and its
 *       {@code article_id});</li>
 *   <li>{@code claims}: one row per check-worthy claim ({@link ResultSchema#CLAIM});</li>
 *   <li>{@code speakers}: canonical speakers with the number of articles and of attributions they have;</li>
 *   <li>{@code bad_rows}: the records that could not be read or analysed, with the reason.</li>
 * </ul>
 * Run it with {@code spark-submit --class io.sourcemark.spark.AnalysisJob sourcemark-spark-job.jar --input … --output
 * …}; the README gives the whole command.
 */
public final class AnalysisJob {

    private final SparkSession spark;

    public AnalysisJob(SparkSession spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("Sourcemark analysis").getOrCreate();
        try {
            JobSummary summary = new AnalysisJob(spark).run(options);
            System.out.println(summary.describe());
        } finally {
            spark.stop();
        }
    }

    /** Runs the job; existing tables in the output folder are replaced. */
    public JobSummary run(JobOptions options) {
        Dataset<Row> results = analysed(options).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> good = results.filter(col("error").isNull());
            Dataset<Row> attributions = good
                    .select(col("article_id"), explode(col("attributions")).as("a"))
                    .select(col("article_id"), col("a.*"));
            Dataset<Row> claims = good
                    .select(col("article_id"), explode(col("claims")).as("c"))
                    .select(col("article_id"), col("c.*"));
            Dataset<Row> speakers = attributions.filter(col("canonical_speaker").isNotNull())
                    .groupBy(col("canonical_speaker").as("speaker"))
                    .agg(countDistinct(col("article_id")).as("articles"), count(lit(1)).as("attributions"))
                    .orderBy(col("articles").desc(), col("attributions").desc(), col("speaker"));
            Dataset<Row> bad = results.filter(col("error").isNotNull())
                    .select(col("article_id"), col("error").as("reason"), col("raw"));
            write(attributions, options, "attributions");
            write(claims, options, "claims");
            write(speakers, options, "speakers");
            write(bad, options, "bad_rows");
            Row totals = results.agg(count(lit(1)), count(col("error")),
                            org.apache.spark.sql.functions.sum(col("characters")))
                    .first();
            long all = totals.getLong(0);
            long failed = totals.getLong(1);
            long characters = totals.isNullAt(2) ? 0 : totals.getLong(2);
            return new JobSummary(all - failed, failed, characters,
                    spark.read().parquet(table(options, "attributions")).count(),
                    spark.read().parquet(table(options, "claims")).count());
        } finally {
            results.unpersist();
        }
    }

    private Dataset<Row> analysed(JobOptions options) {
        ArticleAnalysis analysis = new ArticleAnalysis();
        if (options.format().equals(JobOptions.PARQUET)) {
            Dataset<Row> input = spark.read().parquet(options.input())
                    .select(col("id").cast("string").as("id"), col("text").cast("string").as("text"));
            return input.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> map(rows,
                    row -> analysis.fromColumns(row.getString(0), row.getString(1))),
                    Encoders.row(ResultSchema.ARTICLE));
        }
        // Split the file into a few partitions per core even when it is smaller than one block, without a shuffle.
        int partitions = 2 * spark.sparkContext().defaultParallelism();
        Dataset<String> lines = spark.createDataset(spark.sparkContext().textFile(options.input(), partitions),
                        Encoders.STRING())
                .filter((FilterFunction<String>) line -> !line.isBlank());
        return lines.mapPartitions((MapPartitionsFunction<String, Row>) rows -> map(rows, analysis::fromJsonLine),
                Encoders.row(ResultSchema.ARTICLE));
    }

    private static <T> Iterator<Row> map(Iterator<T> rows, java.util.function.Function<T, Row> how) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return how.apply(rows.next());
            }
        };
    }

    private static void write(Dataset<Row> table, JobOptions options, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(table(options, name));
    }

    static String table(JobOptions options, String name) {
        return options.output() + "/" + name;
    }
}

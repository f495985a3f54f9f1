package io.sourcemark.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/** The OpenNLP English models, loaded once from the classpath; the model objects are thread-safe. */
public record AnalyzerModels(SentenceModel sentences, POSModel pos) {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin";

    /** Loads the models shipped in the opennlp-models-*-en jars. */
    public static AnalyzerModels load() {
        try {
            return new AnalyzerModels(new SentenceModel(open(SENTENCE_MODEL)), new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the English language models from the classpath", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = AnalyzerModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing language model " + name + " (opennlp-models-*-en jars on the classpath?)");
        }
        return in;
    }
}

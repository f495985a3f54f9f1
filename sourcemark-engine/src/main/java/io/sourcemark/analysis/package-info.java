/**
 * The attribution engine: who says what in a news article.
 *
 * <p>{@link io.sourcemark.analysis.Analyzer#load()} once (models load in well under a second), then
 * {@link io.sourcemark.analysis.Analyzer#analyze(String)} per article body, from any number of threads. The
 * {@link io.sourcemark.analysis.Analysis} holds quotes (direct, indirect, mixed; transcript turns are direct
 * quotes without quotation spans), check-worthy claims and the speakers the quotes point to by index. All ranges
 * are UTF-16 offsets into the analysed string. The steps, each its own class: paragraphs, transcript turns,
 * quotation spans, sentences (OpenNLP), cues, sentence patterns, continuations, speaker clusters, claims (a
 * calibrated logistic regression over sentence features, {@link io.sourcemark.analysis.ClaimModel}, trained by
 * {@link io.sourcemark.analysis.ClaimTraining}).
 */
package io.sourcemark.analysis;

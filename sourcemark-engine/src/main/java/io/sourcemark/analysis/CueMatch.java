package io.sourcemark.analysis;

/**
 * A cue group in a token list, first..last inclusive (auxiliaries, negation and adverbs included); verb is the
 * index of the reporting word itself. sourceAfter: "according to X", or "said X" after a quote or comma.
 * participle: ", adding that …" — the source is the subject of the main clause.
 */
record CueMatch(int first, int last, int verb, CueLexicon.Entry entry, boolean accordingTo, boolean participle) {}

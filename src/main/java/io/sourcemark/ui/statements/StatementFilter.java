package io.sourcemark.ui.statements;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Verdict;
import io.sourcemark.ui.Names;

import java.util.function.Predicate;

/** Which rows the statements list shows, by verdict: all, the checked or unchecked ones, or one verdict. */
record StatementFilter(String label, Predicate<Annotation> keeps) {

    static final StatementFilter ALL = new StatementFilter("All statements", a -> true);
    static final StatementFilter CHECKED = new StatementFilter("Checked", a -> a.kind().isStatement()
            && verdictOf(a) != Verdict.NOT_CHECKED);
    static final StatementFilter UNCHECKED = new StatementFilter("Not checked", a -> a.kind().isStatement()
            && verdictOf(a) == Verdict.NOT_CHECKED);

    static StatementFilter of(Verdict verdict) {
        return new StatementFilter(Names.of(verdict), a -> a.kind().isStatement() && verdictOf(a) == verdict);
    }

    static Verdict verdictOf(Annotation a) {
        return a.verification() == null ? Verdict.NOT_CHECKED : a.verification().verdict();
    }

    @Override
    public String toString() {
        return label;
    }
}

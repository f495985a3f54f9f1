package io.sourcemark.store;

import java.sql.SQLException;

/** Work run in one transaction of a session: the writer's or a reader's. */
@FunctionalInterface
interface SessionWork<T> {

    T run(TransactionSession session) throws SQLException;
}

package io.sourcemark.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work run inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}

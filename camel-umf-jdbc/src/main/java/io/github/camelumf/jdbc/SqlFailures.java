package io.github.camelumf.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;

/** What a {@link SQLException} means for us, by SQLSTATE (portable) and the JDBC 4 subclasses. */
final class SqlFailures {

    private SqlFailures() {
    }

    /** A unique or primary key violation (SQLSTATE class 23): the row exists. */
    static boolean isIntegrityViolation(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException
               || e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /**
     * The statement waited too long for a lock: the query timeout fired (JDBC {@link SQLTimeoutException}, PostgreSQL
     * 57014 "canceling statement") or the database's own lock timeout did (PostgreSQL 55P03, Oracle ORA-30006, MySQL
     * 1205 with SQLSTATE 40001 is a deadlock-or-timeout).
     */
    static boolean isLockWaitTimeout(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTimeoutException || "57014".equals(state) || "55P03".equals(state)
               || e.getErrorCode() == 30006 || e.getErrorCode() == 1205;
    }

    /** A short description for messages and logs: SQLSTATE and the driver's message, never values. */
    static String describe(SQLException e) {
        return "SQLSTATE " + e.getSQLState() + ": " + e.getMessage();
    }

    static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException | RuntimeException ignored) {
            // the connection is broken; closing it is all that is left
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // nothing to do
        }
    }
}

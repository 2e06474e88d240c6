package io.github.camelumf.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.camelumf.error.UmfException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows of camel-sql's {@code CAMEL_MESSAGEPROCESSED} table shape (processorName, messageId, createdAt) that are held
 * <em>uncommitted</em> while their holder works: {@link #claim} inserts the row in a transaction kept open on a
 * connection of its own, {@link #commit} makes it done for everyone, {@link #rollback} gives it back. A committed row
 * is done; a row inserted by another holder and not committed yet makes the insert wait (the database's row lock) at
 * most {@code waitSeconds}: the other holder commits (done), rolls back or dies (its session ends, the database rolls
 * back: the insert goes through), or is still working (the insert times out: held elsewhere). Each held row holds one
 * connection. The table is created on first use unless switched off.
 */
final class HeldRows {

    /** camel-sql's table name. */
    static final String DEFAULT_TABLE = "CAMEL_MESSAGEPROCESSED";

    private static final Logger LOG = LoggerFactory.getLogger(HeldRows.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;
    private final String processorName;
    private final String what;
    private final Map<String, Connection> held = new ConcurrentHashMap<>();
    private String tableName = DEFAULT_TABLE;
    private boolean createTable = true;
    private int waitSeconds;
    private volatile boolean tableChecked;

    /**
     * @param what what the rows are, for messages ("notification", "settle date")
     */
    HeldRows(DataSource dataSource, String processorName, String what, int waitSeconds) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.processorName = Objects.requireNonNull(processorName, "processorName");
        this.what = what;
        this.waitSeconds = waitSeconds;
    }

    void setTableName(String tableName) {
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + tableName);
        }
        this.tableName = tableName;
    }

    String tableName() {
        return tableName;
    }

    void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    void setWaitSeconds(int waitSeconds) {
        this.waitSeconds = waitSeconds;
    }

    String ddl() {
        return "CREATE TABLE " + tableName + " (processorName VARCHAR(255) NOT NULL, messageId VARCHAR(100) NOT NULL,"
               + " createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))";
    }

    int heldCount() {
        return held.size();
    }

    /**
     * Inserts the row and holds it uncommitted: true when held now, false when it was committed (done) already;
     * throws what {@code heldElsewhere} makes of the timeout when another holder keeps it past {@code waitSeconds}.
     */
    boolean claim(String key, Function<SQLException, RuntimeException> heldElsewhere) {
        checkTable();
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + tableName + " (processorName, messageId, createdAt) VALUES (?, ?, ?)")) {
                insert.setQueryTimeout(waitSeconds);
                insert.setString(1, processorName);
                insert.setString(2, key);
                insert.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                insert.executeUpdate();
            }
            Connection previous = held.put(key, connection);
            if (previous != null) { // the caller claimed the same key twice without an outcome: give the first back
                SqlFailures.rollbackQuietly(previous);
                SqlFailures.closeQuietly(previous);
            }
            return true;
        } catch (SQLException e) {
            SqlFailures.rollbackQuietly(connection);
            SqlFailures.closeQuietly(connection);
            if (SqlFailures.isIntegrityViolation(e)) {
                return false;
            }
            if (SqlFailures.isLockWaitTimeout(e)) {
                throw heldElsewhere.apply(e);
            }
            throw new UmfException("Cannot record " + what + " " + key + " in " + tableName + ": "
                                   + SqlFailures.describe(e), e);
        }
    }

    /** Commits a held row (done for everyone); false when this holder holds no such row. */
    boolean commit(String key) {
        Connection connection = held.remove(key);
        if (connection == null) {
            return false;
        }
        try {
            connection.commit();
            return true;
        } catch (SQLException e) {
            throw new UmfException("Cannot commit " + what + " " + key + " in " + tableName + ": "
                                   + SqlFailures.describe(e), e);
        } finally {
            SqlFailures.closeQuietly(connection);
        }
    }

    /** Rolls a held row back; false when this holder holds no such row. */
    boolean rollback(String key) {
        Connection connection = held.remove(key);
        if (connection == null) {
            return false;
        }
        SqlFailures.rollbackQuietly(connection);
        SqlFailures.closeQuietly(connection);
        return true;
    }

    /** Rolls a held row back; when none is held, deletes the committed row. True when either happened. */
    boolean rollbackOrDelete(String key) {
        return rollback(key)
               || update("DELETE FROM " + tableName + " WHERE processorName = ? AND messageId = ?", key) > 0;
    }

    /** Whether the row is committed (rows held uncommitted by anyone are not seen, and not waited for). */
    boolean contains(String key) {
        checkTable();
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM " + tableName + " WHERE processorName = ? AND messageId = ?")) {
            select.setString(1, processorName);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new UmfException("Cannot read " + tableName + ": " + SqlFailures.describe(e), e);
        }
    }

    /** Deletes the committed rows of this processor name. */
    void clear() {
        update("DELETE FROM " + tableName + " WHERE processorName = ?", null);
    }

    /** Rolls back every held row (at stop). */
    void rollbackAll() {
        held.values().forEach(connection -> {
            SqlFailures.rollbackQuietly(connection);
            SqlFailures.closeQuietly(connection);
        });
        held.clear();
    }

    /** Checks the table at start; a database that is not there yet is checked again on first use. */
    void checkTableQuietly() {
        try {
            checkTable();
        } catch (RuntimeException e) {
            LOG.warn("Cannot check the {} table {} at start ({}); checked again on first use", what, tableName,
                    e.getMessage());
        }
    }

    private int update(String sql, String key) {
        checkTable();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, processorName);
            if (key != null) {
                statement.setString(2, key);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new UmfException("Cannot update " + tableName + ": " + SqlFailures.describe(e), e);
        }
    }

    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new UmfException("Cannot connect to the " + what + " database: " + SqlFailures.describe(e), e);
        }
    }

    private void checkTable() {
        if (tableChecked) {
            return;
        }
        try (Connection connection = connect()) {
            if (!tableExists(connection)) {
                if (!createTable) {
                    throw new UmfException("The " + what + " table " + tableName + " does not exist and createTable"
                                           + " is off; create it with: " + ddl());
                }
                try (Statement create = connection.createStatement()) {
                    create.execute(ddl());
                    LOG.info("Created the table {}", tableName);
                } catch (SQLException e) {
                    if (!tableExists(connection)) {
                        throw new UmfException("Cannot create " + tableName + ": " + SqlFailures.describe(e), e);
                    }
                }
            }
            tableChecked = true;
        } catch (SQLException e) {
            throw new UmfException("Cannot check " + tableName + ": " + SqlFailures.describe(e), e);
        }
    }

    private boolean tableExists(Connection connection) {
        try (Statement probe = connection.createStatement()) {
            probe.executeQuery("SELECT messageId FROM " + tableName + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}

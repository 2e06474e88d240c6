package io.github.camelumf.jdbc;

import javax.sql.DataSource;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * What the JDBC repositories of the component share: camel-sql's table shape ({@code CAMEL_MESSAGEPROCESSED}:
 * processorName, messageId, createdAt), a row held uncommitted while the route runs ({@link HeldRows}), committed by
 * {@code confirm}, and the options of the table. Subclasses say what a claim held by another node means.
 *
 * @param <R> the repository, for the fluent setters
 */
public abstract class HeldRowsRepository<R extends HeldRowsRepository<R>> extends ServiceSupport
        implements IdempotentRepository {

    /** camel-sql's table name. */
    public static final String DEFAULT_TABLE = HeldRows.DEFAULT_TABLE;

    private final HeldRows rows;
    private final String processorName;

    HeldRowsRepository(DataSource dataSource, String processorName, String what, int defaultWaitSeconds) {
        this.rows = new HeldRows(dataSource, processorName, what, defaultWaitSeconds);
        this.processorName = processorName;
    }

    /** The rows. */
    final HeldRows rows() {
        return rows;
    }

    @SuppressWarnings("unchecked")
    private R self() {
        return (R) this;
    }

    /** The table (default {@value #DEFAULT_TABLE}, camel-sql's). */
    public R setTableName(String tableName) {
        rows.setTableName(tableName);
        return self();
    }

    /** Whether the table is created at start when it does not exist (default true). */
    public R setCreateTable(boolean createTable) {
        rows.setCreateTable(createTable);
        return self();
    }

    /** Sets how long a claim waits for another node's row (seconds, at least 1); {@code option} names the setter. */
    final R waitSeconds(String option, int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        rows.setWaitSeconds(seconds);
        return self();
    }

    /** The DDL of the table, as createTable runs it. */
    public String ddl() {
        return rows.ddl();
    }

    /** Commits the row: done for every node. */
    @Override
    public boolean confirm(String key) {
        return rows.commit(key);
    }

    /** Whether the key is done (committed); one being routed right now is not (and is not waited for). */
    @Override
    public boolean contains(String key) {
        return rows.contains(key);
    }

    @Override
    public void clear() {
        rows.clear();
    }

    @Override
    protected void doStart() {
        // the database may come later: until it does, notifications are answered 503 and polls fail and are retried
        rows.checkTableQuietly();
    }

    @Override
    protected void doStop() {
        rows.rollbackAll();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[table=" + rows.tableName() + ", processorName=" + processorName + "]";
    }
}

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.camelumf.error.UmfException;
import io.github.camelumf.notification.NotificationInFlightException;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The idempotent repository of {@code umf:notification} on several nodes: each UMF notification is routed once across
 * all of them, over camel-sql's table shape ({@code CAMEL_MESSAGEPROCESSED}: processorName, messageId, createdAt).
 * <p>
 * Unlike camel-sql's {@code JdbcMessageIdRepository}, which commits the row in {@code add} (so a node that dies in
 * the middle of the route leaves the notification marked as done, and its redelivery is acknowledged but never
 * routed), this repository keeps the row <em>uncommitted</em> while the route runs:
 * <ul>
 * <li>{@code add} inserts the row in a transaction held open on its own connection. A committed row means done:
 * {@code add} answers false (acknowledged, not routed again). A row another node has inserted but not committed
 * makes the insert wait at most {@code inFlightWaitSeconds}; if that node commits meanwhile the answer is false, if it
 * rolls back or dies (the database ends its session) the insert goes through and this node routes; if it is still
 * routing, {@code add} throws {@link NotificationInFlightException} and the delivery is answered 409, not
 * acknowledged.</li>
 * <li>{@code confirm} commits (after the route succeeded); {@code remove} rolls back (the route failed).</li>
 * <li>Database unreachable: {@code add} throws, and {@code umf:notification} answers 503 so that UMF delivers again.</li>
 * </ul>
 * Each notification being routed holds one connection: size the pool for the notifications routed at once. Rows are
 * never deleted by the repository; remove old ones with a scheduled {@code DELETE ... WHERE createdAt < ?}. DDL:
 * <pre>
 * CREATE TABLE CAMEL_MESSAGEPROCESSED (
 *   processorName VARCHAR(255) NOT NULL,
 *   messageId     VARCHAR(100) NOT NULL,
 *   createdAt     TIMESTAMP,
 *   PRIMARY KEY (processorName, messageId)
 * )
 * </pre>
 */
@ManagedResource(description = "UMF notification repository over JDBC")
public class JdbcNotificationRepository extends ServiceSupport implements IdempotentRepository {

    /** camel-sql's table name. */
    public static final String DEFAULT_TABLE = "CAMEL_MESSAGEPROCESSED";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcNotificationRepository.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;
    private final String processorName;
    private String tableName = DEFAULT_TABLE;
    private boolean createTable = true;
    private int inFlightWaitSeconds = 3;

    private final Map<String, Connection> routing = new ConcurrentHashMap<>();
    private final AtomicLong inFlightElsewhere = new AtomicLong();
    private volatile boolean tableChecked;

    /**
     * @param dataSource    the database shared by the nodes (use a connection pool)
     * @param processorName the name the rows are kept under (one per notification endpoint, the same on every node)
     */
    public JdbcNotificationRepository(DataSource dataSource, String processorName) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.processorName = Objects.requireNonNull(processorName, "processorName");
    }

    /** The table (default {@value #DEFAULT_TABLE}, camel-sql's). */
    public JdbcNotificationRepository setTableName(String tableName) {
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + tableName);
        }
        this.tableName = tableName;
        return this;
    }

    /** Whether the table is created at start when it does not exist (default true). */
    public JdbcNotificationRepository setCreateTable(boolean createTable) {
        this.createTable = createTable;
        return this;
    }

    /**
     * How long a delivery waits for another node that is routing the same notification before it is answered 409
     * (seconds, default 3, at least 1).
     */
    public JdbcNotificationRepository setInFlightWaitSeconds(int inFlightWaitSeconds) {
        if (inFlightWaitSeconds < 1) {
            throw new IllegalArgumentException("inFlightWaitSeconds must be at least 1");
        }
        this.inFlightWaitSeconds = inFlightWaitSeconds;
        return this;
    }

    /** The DDL of the table, as createTable runs it. */
    public String ddl() {
        return "CREATE TABLE " + tableName + " (processorName VARCHAR(255) NOT NULL, messageId VARCHAR(100) NOT NULL,"
               + " createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))";
    }

    @ManagedAttribute(description = "Notifications being routed by this node (each holds a connection)")
    public int getRoutingCount() {
        return routing.size();
    }

    @ManagedAttribute(description = "Deliveries answered 409 because another node was routing the notification")
    public long getInFlightElsewhereCount() {
        return inFlightElsewhere.get();
    }

    @Override
    public boolean add(String key) {
        checkTable();
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + tableName + " (processorName, messageId, createdAt) VALUES (?, ?, ?)")) {
                insert.setQueryTimeout(inFlightWaitSeconds);
                insert.setString(1, processorName);
                insert.setString(2, key);
                insert.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                insert.executeUpdate();
            }
            Connection previous = routing.put(key, connection);
            if (previous != null) { // cannot happen with umf:notification, which routes one key at a time per node
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
                inFlightElsewhere.incrementAndGet();
                throw new NotificationInFlightException("Notification " + key + " is being routed by another node", e);
            }
            throw new UmfException("Cannot record notification " + key + " in " + tableName + ": "
                                   + SqlFailures.describe(e), e);
        }
    }

    @Override
    public boolean confirm(String key) {
        Connection connection = routing.remove(key);
        if (connection == null) {
            return false;
        }
        try {
            connection.commit();
            return true;
        } catch (SQLException e) {
            throw new UmfException("Cannot commit notification " + key + " in " + tableName + ": "
                                   + SqlFailures.describe(e), e);
        } finally {
            SqlFailures.closeQuietly(connection);
        }
    }

    @Override
    public boolean remove(String key) {
        Connection connection = routing.remove(key);
        if (connection != null) {
            SqlFailures.rollbackQuietly(connection);
            SqlFailures.closeQuietly(connection);
            return true;
        }
        return update("DELETE FROM " + tableName + " WHERE processorName = ? AND messageId = ?", key) > 0;
    }

    @Override
    public boolean contains(String key) {
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

    @Override
    public void clear() {
        update("DELETE FROM " + tableName + " WHERE processorName = ?", null);
    }

    @Override
    protected void doStart() {
        try {
            checkTable();
        } catch (RuntimeException e) {
            // the database may come later: notifications are answered 503 until it does
            LOG.warn("Cannot check the notification table {} at start ({}); checked again on the first notification",
                    tableName, e.getMessage());
        }
    }

    @Override
    protected void doStop() {
        routing.values().forEach(connection -> {
            SqlFailures.rollbackQuietly(connection);
            SqlFailures.closeQuietly(connection);
        });
        routing.clear();
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
            throw new UmfException("Cannot connect to the notification database: " + SqlFailures.describe(e), e);
        }
    }

    private void checkTable() {
        if (tableChecked) {
            return;
        }
        try (Connection connection = connect()) {
            if (!tableExists(connection)) {
                if (!createTable) {
                    throw new UmfException("The notification table " + tableName + " does not exist and createTable is"
                                           + " off; create it with: " + ddl());
                }
                try (Statement create = connection.createStatement()) {
                    create.execute(ddl());
                    LOG.info("Created the UMF notification table {}", tableName);
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

    @Override
    public String toString() {
        return "JdbcNotificationRepository[table=" + tableName + ", processorName=" + processorName + "]";
    }
}

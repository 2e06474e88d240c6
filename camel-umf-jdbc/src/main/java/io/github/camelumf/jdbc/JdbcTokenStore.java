package io.github.camelumf.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.camelumf.error.UmfTokenStoreException;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.TokenFetcher;
import io.github.camelumf.security.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UMF access token of one client id, shared by every node through one database table (one row per client id),
 * so that a cluster holds one token instead of knocking out each other's (a new UMF token disables the previous one).
 * <ul>
 * <li>{@link #current()} is one {@code SELECT}. {@link io.github.camelumf.security.TokenManager} calls it only when
 * its own token nears expiry or is refused, so business calls cost no query.</li>
 * <li>{@link #refreshIfCurrent(AccessToken, TokenFetcher)} runs in one transaction holding the row lock
 * ({@code SELECT ... FOR UPDATE}): at most one fetch per client id is in flight across all nodes. The others wait
 * at most {@code lockTimeoutSeconds}, then read the token the first one stored. A node that dies while fetching
 * loses its connection, and the database releases the lock.</li>
 * <li>The value can be encrypted at rest with AES-GCM ({@link #setEncryptionKey(String)}); it is never logged.</li>
 * <li>When the database cannot be reached, calls fail with {@link UmfTokenStoreException} and, for
 * {@code failureBackoffMillis}, fail at once without trying again, so that an outage costs no connection storm.</li>
 * </ul>
 * Portable SQL (tested on PostgreSQL); the table, created on first use unless {@code createTable} is off:
 * <pre>
 * CREATE TABLE UMF_ACCESS_TOKEN (
 *   CLIENT_ID   VARCHAR(128) NOT NULL PRIMARY KEY,
 *   TOKEN_VALUE VARCHAR(1024),
 *   EXPIRES_AT  BIGINT,
 *   UPDATED_AT  BIGINT
 * )
 * </pre>
 * {@code EXPIRES_AT} and {@code UPDATED_AT} are epoch milliseconds.
 */
public final class JdbcTokenStore implements TokenStore {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "UMF_ACCESS_TOKEN";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTokenStore.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;
    private final String clientId;
    private String tableName = DEFAULT_TABLE;
    private boolean createTable = true;
    private int lockTimeoutSeconds = 30;
    private long failureBackoffMillis = 1000;
    private TokenCipher cipher;

    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong lockTimeouts = new AtomicLong();
    private volatile boolean initialized;
    private volatile long unavailableUntil;
    private volatile String lastFailure;

    /**
     * @param dataSource the shared database (use a connection pool)
     * @param clientId   the UMF client id whose token this store keeps
     */
    public JdbcTokenStore(DataSource dataSource, String clientId) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("clientId is blank");
        }
    }

    /** The table name (default {@value #DEFAULT_TABLE}); letters, digits and underscores, optionally schema-qualified. */
    public JdbcTokenStore setTableName(String tableName) {
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + tableName);
        }
        this.tableName = tableName;
        return this;
    }

    /** Whether the table is created on first use when it does not exist (default true). */
    public JdbcTokenStore setCreateTable(boolean createTable) {
        this.createTable = createTable;
        return this;
    }

    /** How long a node waits for another node's fetch (the row lock), in seconds (default 30, at least 1). */
    public JdbcTokenStore setLockTimeoutSeconds(int lockTimeoutSeconds) {
        if (lockTimeoutSeconds < 1) {
            throw new IllegalArgumentException("lockTimeoutSeconds must be at least 1");
        }
        this.lockTimeoutSeconds = lockTimeoutSeconds;
        return this;
    }

    /** After a database failure, how long calls fail at once without trying the database again (default 1000 ms). */
    public JdbcTokenStore setFailureBackoffMillis(long failureBackoffMillis) {
        if (failureBackoffMillis < 0) {
            throw new IllegalArgumentException("failureBackoffMillis is negative");
        }
        this.failureBackoffMillis = failureBackoffMillis;
        return this;
    }

    /**
     * Encrypts the stored token with AES-GCM under this key: base64 of 16, 24 or 32 random bytes (e.g.
     * {@code openssl rand -base64 32}). Every node needs the same key. A plaintext row written before is still read,
     * and encrypted at the next refresh.
     */
    public JdbcTokenStore setEncryptionKey(String base64Key) {
        this.cipher = base64Key == null ? null : TokenCipher.fromBase64(base64Key);
        return this;
    }

    /** How many SQL statements this store has run (reads, locks, writes, table checks). */
    public long getQueryCount() {
        return queries.get();
    }

    /** How many times a node gave up waiting for another node's fetch. */
    public long getLockTimeoutCount() {
        return lockTimeouts.get();
    }

    /** The DDL of the table, as {@link #setCreateTable(boolean) createTable} runs it. */
    public String ddl() {
        return "CREATE TABLE " + tableName + " (CLIENT_ID VARCHAR(128) NOT NULL PRIMARY KEY, TOKEN_VALUE VARCHAR(1024),"
               + " EXPIRES_AT BIGINT, UPDATED_AT BIGINT)";
    }

    @Override
    public Optional<AccessToken> current() {
        Connection connection = connect();
        try {
            initialize(connection);
            return Optional.ofNullable(read(connection, false));
        } catch (SQLException e) {
            throw unavailable("read the access token", e);
        } finally {
            SqlFailures.closeQuietly(connection);
        }
    }

    @Override
    public AccessToken refreshIfCurrent(AccessToken expected, TokenFetcher fetcher) {
        Objects.requireNonNull(fetcher, "fetcher");
        Connection connection = connect();
        AccessToken fetched = null;
        try {
            initialize(connection);
            connection.setAutoCommit(false);
            AccessToken stored = read(connection, true);
            if (stored != null && !stored.equals(expected)) {
                connection.commit();
                return stored;
            }
            try {
                fetched = Objects.requireNonNull(fetcher.fetch(), "the token fetcher returned null");
            } catch (RuntimeException | Error e) {
                SqlFailures.rollbackQuietly(connection);
                throw e;
            }
            write(connection, fetched);
            connection.commit();
            return fetched;
        } catch (SQLException e) {
            SqlFailures.rollbackQuietly(connection);
            if (fetched != null) {
                // UMF issued it (and disabled the previous one): it is the token that works. The other nodes get it
                // from the store once their old token is refused and the store is back.
                LOG.warn("Fetched a new UMF access token but could not store it ({}); using it on this node",
                        SqlFailures.describe(e));
                unavailable("store the access token", e);
                return fetched;
            }
            if (SqlFailures.isLockWaitTimeout(e)) {
                lockTimeouts.incrementAndGet();
                throw new UmfTokenStoreException("Waited " + lockTimeoutSeconds + " s for another node to fetch the UMF"
                                                 + " access token of " + clientId + " (table " + tableName + ")", e);
            }
            throw unavailable("lock the access token row", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // closed below
            }
            SqlFailures.closeQuietly(connection);
        }
    }

    private Connection connect() {
        long until = unavailableUntil;
        if (until != 0 && System.currentTimeMillis() < until) {
            throw new UmfTokenStoreException("The token store database is unavailable (" + lastFailure + "); not retried"
                                             + " before " + Instant.ofEpochMilli(until));
        }
        try {
            Connection connection = dataSource.getConnection();
            unavailableUntil = 0;
            return connection;
        } catch (SQLException e) {
            throw unavailable("connect to the database", e);
        }
    }

    private UmfTokenStoreException unavailable(String action, SQLException e) {
        lastFailure = SqlFailures.describe(e);
        unavailableUntil = System.currentTimeMillis() + failureBackoffMillis;
        return new UmfTokenStoreException("Cannot " + action + " in the token store (table " + tableName + "): "
                                          + lastFailure, e);
    }

    /** Creates the table (if allowed and absent) and the client id's row, once per store. */
    private void initialize(Connection connection) throws SQLException {
        if (initialized) {
            return;
        }
        if (!tableExists(connection)) {
            if (!createTable) {
                throw new SQLException("the table " + tableName + " does not exist and createTable is off; create it"
                                       + " with: " + ddl(), "42P01");
            }
            try (Statement create = connection.createStatement()) {
                queries.incrementAndGet();
                create.execute(ddl());
                LOG.info("Created the UMF token table {}", tableName);
            } catch (SQLException e) {
                if (!tableExists(connection)) { // not created by another node meanwhile
                    throw e;
                }
            }
        }
        if (!rowExists(connection)) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + tableName + " (CLIENT_ID, TOKEN_VALUE, EXPIRES_AT, UPDATED_AT) VALUES (?, NULL, NULL, ?)")) {
                insert.setString(1, clientId);
                insert.setLong(2, System.currentTimeMillis());
                queries.incrementAndGet();
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!SqlFailures.isIntegrityViolation(e)) { // else another node inserted it meanwhile
                    throw e;
                }
            }
        }
        initialized = true;
    }

    private boolean tableExists(Connection connection) {
        try (Statement probe = connection.createStatement()) {
            queries.incrementAndGet();
            probe.executeQuery("SELECT CLIENT_ID FROM " + tableName + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean rowExists(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT CLIENT_ID FROM " + tableName + " WHERE CLIENT_ID = ?")) {
            select.setString(1, clientId);
            queries.incrementAndGet();
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The stored token, or null; {@code lock} takes the row lock (waiting at most lockTimeoutSeconds). */
    private AccessToken read(Connection connection, boolean lock) throws SQLException {
        String sql = "SELECT TOKEN_VALUE, EXPIRES_AT FROM " + tableName + " WHERE CLIENT_ID = ?" + (lock ? " FOR UPDATE" : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, clientId);
            if (lock) {
                select.setQueryTimeout(lockTimeoutSeconds);
            }
            queries.incrementAndGet();
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    initialized = false; // the row was deleted: recreated on the next call
                    if (lock) {
                        throw new SQLException("the token row of the client id was deleted while in use", "02000");
                    }
                    return null;
                }
                String value = rows.getString(1);
                long expiresAt = rows.getLong(2);
                if (value == null || rows.wasNull()) {
                    return null;
                }
                return new AccessToken(reveal(value), Instant.ofEpochMilli(expiresAt));
            }
        }
    }

    private void write(Connection connection, AccessToken token) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + tableName + " SET TOKEN_VALUE = ?, EXPIRES_AT = ?, UPDATED_AT = ? WHERE CLIENT_ID = ?")) {
            update.setString(1, cipher == null ? token.value() : cipher.encrypt(token.value(), clientId));
            update.setLong(2, token.expiresAt().toEpochMilli());
            update.setLong(3, System.currentTimeMillis());
            update.setString(4, clientId);
            queries.incrementAndGet();
            if (update.executeUpdate() != 1) {
                throw new SQLException("the token row of the client id is missing", "02000");
            }
        }
    }

    private String reveal(String stored) {
        if (cipher != null) {
            return cipher.decrypt(stored, clientId);
        }
        if (TokenCipher.isEncrypted(stored)) {
            throw new UmfTokenStoreException("The stored access token is encrypted: configure the same token encryption"
                                             + " key on this node");
        }
        return stored;
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[table=" + tableName + ", clientId=" + clientId + ", encrypted=" + (cipher != null) + "]";
    }
}

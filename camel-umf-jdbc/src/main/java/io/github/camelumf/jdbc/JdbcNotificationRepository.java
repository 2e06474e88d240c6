package io.github.camelumf.jdbc;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.camelumf.notification.NotificationInFlightException;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;

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
public class JdbcNotificationRepository extends HeldRowsRepository<JdbcNotificationRepository> {

    private final AtomicLong inFlightElsewhere = new AtomicLong();

    /**
     * @param dataSource    the database shared by the nodes (use a connection pool)
     * @param processorName the name the rows are kept under (one per notification endpoint, the same on every node)
     */
    public JdbcNotificationRepository(DataSource dataSource, String processorName) {
        super(dataSource, processorName, "notification", 3);
    }

    /**
     * How long a delivery waits for another node that is routing the same notification before it is answered 409
     * (seconds, default 3, at least 1).
     */
    public JdbcNotificationRepository setInFlightWaitSeconds(int inFlightWaitSeconds) {
        return waitSeconds("inFlightWaitSeconds", inFlightWaitSeconds);
    }

    @ManagedAttribute(description = "Notifications being routed by this node (each holds a connection)")
    public int getRoutingCount() {
        return rows().heldCount();
    }

    @ManagedAttribute(description = "Deliveries answered 409 because another node was routing the notification")
    public long getInFlightElsewhereCount() {
        return inFlightElsewhere.get();
    }

    @Override
    public boolean add(String key) {
        return rows().claim(key, e -> {
            inFlightElsewhere.incrementAndGet();
            return new NotificationInFlightException("Notification " + key + " is being routed by another node", e);
        });
    }

    @Override
    public boolean remove(String key) {
        return rows().rollbackOrDelete(key);
    }
}

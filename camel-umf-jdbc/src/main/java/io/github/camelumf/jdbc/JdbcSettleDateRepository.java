package io.github.camelumf.jdbc;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.camelumf.statement.ClaimedElsewhereException;
import io.github.camelumf.statement.ClaimingIdempotentRepository;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;

/**
 * The idempotent repository of the scheduled statement consumer ({@code from("umf:settlement/download?...")}) on
 * several nodes: each settle date is delivered by one node, over camel-sql's table shape
 * ({@code CAMEL_MESSAGEPROCESSED}: processorName, messageId = {@code settlement/download:yyyyMMdd}, createdAt).
 * <p>
 * The consumer <em>claims</em> a date before it downloads it ({@link ClaimingIdempotentRepository}): the claim is the
 * date's row, inserted in a transaction that stays open on a connection of its own while the route runs, so it is
 * scoped to the transaction and needs no lease to tune:
 * <ul>
 * <li>route completed: {@code confirm} commits the row: the date is done for every node;</li>
 * <li>route failed, or the file not ready yet: {@code remove} rolls it back: the next poll of any node asks again;</li>
 * <li>node died mid-route: the database ends its session and rolls the row back: another node delivers the date;</li>
 * <li>another node polls the same date meanwhile: its insert waits on the row lock at most
 * {@code claimWaitSeconds}; if the holder commits the date is done (it goes on with the next date), if the holder rolls
 * back or dies it claims the date, otherwise {@code add} throws {@link ClaimedElsewhereException} and its poll ends
 * (later dates wait: across the nodes, dates are delivered in order).</li>
 * </ul>
 * camel-sql's {@code JdbcMessageIdRepository} does not fit: it commits its row in {@code add}, so a date claimed by a
 * node that then dies in the middle of the route would stay marked as done and never be delivered; and recorded only
 * after the route (without a claim), two nodes polling at the same moment would both deliver it.
 * <p>
 * Each date being delivered holds one connection (one per consumer and node) with an open transaction for the route's
 * duration: keep {@code idle_in_transaction_session_timeout} (or a pool's leak detection) above the longest route, or
 * the claim is lost and the date is delivered again. Rows are never deleted by the repository ({@code remove} only
 * releases a claim).
 */
@ManagedResource(description = "UMF settle date repository over JDBC")
public class JdbcSettleDateRepository extends HeldRowsRepository<JdbcSettleDateRepository>
        implements ClaimingIdempotentRepository {

    private final AtomicLong claimedElsewhere = new AtomicLong();
    private final AtomicLong deliveredElsewhere = new AtomicLong();

    /**
     * @param dataSource    the database shared by the nodes (use a connection pool)
     * @param processorName the name the rows are kept under (one per consumer, the same on every node), e.g.
     *                      {@code umf-settlement}
     */
    public JdbcSettleDateRepository(DataSource dataSource, String processorName) {
        super(dataSource, processorName, "settle date", 1);
    }

    /**
     * How long a poll waits for another node that is delivering the same date before it ends (seconds, default 1, at
     * least 1).
     */
    public JdbcSettleDateRepository setClaimWaitSeconds(int claimWaitSeconds) {
        return waitSeconds("claimWaitSeconds", claimWaitSeconds);
    }

    @ManagedAttribute(description = "Settle dates being delivered by this node (each holds a connection)")
    public int getClaimedCount() {
        return rows().heldCount();
    }

    @ManagedAttribute(description = "Polls that found a date being delivered by another node")
    public long getClaimedElsewhereCount() {
        return claimedElsewhere.get();
    }

    @ManagedAttribute(description = "Claims answered 'delivered already': another node delivered the date between this"
                                    + " node's check and its claim (the race the claim settles)")
    public long getDeliveredElsewhereCount() {
        return deliveredElsewhere.get();
    }

    /** Claims the date: true when claimed, false when delivered already; throws when another node is delivering it. */
    @Override
    public boolean add(String key) {
        boolean claimed = rows().claim(key, e -> {
            claimedElsewhere.incrementAndGet();
            return new ClaimedElsewhereException("Settle date " + key + " is being delivered by another node", e);
        });
        if (!claimed) {
            deliveredElsewhere.incrementAndGet();
        }
        return claimed;
    }

    /**
     * Releases this node's claim (rolls it back); false when it holds none. A date that is done stays done (a stopping
     * node must not undo another node's delivery): to deliver a date again, delete its row and restart the consumers.
     */
    @Override
    public boolean remove(String key) {
        return rows().rollback(key);
    }
}

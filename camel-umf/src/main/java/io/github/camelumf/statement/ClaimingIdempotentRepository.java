package io.github.camelumf.statement;

import org.apache.camel.spi.IdempotentRepository;

/**
 * An {@link IdempotentRepository} shared by several nodes whose {@link #add(String) add} is a <em>claim</em>: the key
 * is held for the caller until {@link #confirm(String) confirm} (done, for every node) or {@link #remove(String)
 * remove} (released, another node may claim it), and released by the repository itself when the holder dies.
 * <p>
 * Given one in its {@code idempotentRepository} option, the scheduled statement consumer
 * ({@code from("umf:settlement/download?...")}) claims each settle date before it downloads and routes it, so that two
 * nodes polling the same date at the same time cannot both deliver it:
 * <ul>
 * <li>{@code add} answers {@code true}: claimed by this node; the date is downloaded and routed, then confirmed when
 * the route completed, removed when it failed or the file was not ready;</li>
 * <li>{@code add} answers {@code false}: another node delivered it (confirmed); the consumer goes on with the next
 * date;</li>
 * <li>{@code add} throws {@link ClaimedElsewhereException}: another node is delivering it right now; the poll ends
 * (later dates wait) and the date is asked for again on the next poll.</li>
 * </ul>
 * {@code confirm} answers {@code true} only when it made the claimed key done; {@code false} (the claim was lost) and
 * an exception are reported, and the date counts as not done on this node.
 * With any other repository the consumer does not claim: it checks {@code contains} before and records the date with
 * {@code add} and {@code confirm} only after the route completed (right for one node: nothing is marked done before
 * its route completed, even if the JVM dies in the middle).
 */
public interface ClaimingIdempotentRepository extends IdempotentRepository {
}

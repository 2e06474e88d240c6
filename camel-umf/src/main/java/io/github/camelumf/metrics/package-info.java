/**
 * Micrometer metrics of the component: UMF calls timed by operation and outcome, token fetches, response verification
 * failures, notifications by outcome and statement records read. Micrometer is an optional dependency: without it (or
 * without a {@code MeterRegistry} in the Camel registry) {@link io.github.camelumf.metrics.UmfMetrics#NONE} records
 * nothing. Meter names and tags are in {@link io.github.camelumf.metrics.UmfMeters}; no tag carries an id, an amount or
 * a personal value.
 */
package io.github.camelumf.metrics;

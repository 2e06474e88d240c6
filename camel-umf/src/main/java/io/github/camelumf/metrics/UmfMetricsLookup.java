package io.github.camelumf.metrics;

import org.apache.camel.CamelContext;

/**
 * Finds the metrics of a Camel context without loading Micrometer classes when Micrometer is absent.
 */
final class UmfMetricsLookup {

    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    private static final boolean MICROMETER_PRESENT = isPresent();

    private UmfMetricsLookup() {
    }

    static UmfMetrics find(CamelContext camelContext) {
        if (camelContext == null) {
            return UmfMetrics.NONE;
        }
        UmfMetrics bound = camelContext.getRegistry().findSingleByType(UmfMetrics.class);
        if (bound != null) {
            return bound;
        }
        if (!MICROMETER_PRESENT) {
            return UmfMetrics.NONE;
        }
        return MicrometerUmfMetrics.fromRegistryOf(camelContext);
    }

    private static boolean isPresent() {
        try {
            Class.forName(METER_REGISTRY, false, UmfMetricsLookup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

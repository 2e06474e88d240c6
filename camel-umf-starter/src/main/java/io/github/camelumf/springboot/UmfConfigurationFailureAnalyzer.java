package io.github.camelumf.springboot;

import io.github.camelumf.error.UmfConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up report for an option the component refused when its endpoints started (a missing client id, a missing
 * key, ...): the component names its option ({@code privateKey}); the report names the Spring property that sets it
 * ({@code camel.component.umf.private-key}).
 */
public class UmfConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UmfConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UmfConfigurationException cause) {
        String property = springProperty(cause.getOption());
        return new FailureAnalysis("The umf component refused its configuration: " + cause.getMessage()
                                   + " (Spring property " + property + ")",
                "Set " + property + " (or the option " + cause.getOption() + " on the endpoint URI).", cause);
    }

    static String springProperty(String option) {
        return UmfComponentAutoConfiguration.PREFIX + "."
               + option.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}

package io.github.camelumf.springboot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up report for an unusable {@code camel.component.umf.*} property: which property, why, what to do. */
public class InvalidUmfPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidUmfPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidUmfPropertyException cause) {
        return new FailureAnalysis("The property " + cause.getProperty() + " cannot be used: " + cause.getMessage(),
                "Set " + cause.getProperty() + " to PEM text, or to a readable file: or classpath: resource"
                + " holding it.", cause);
    }
}

package io.github.camelumf.springboot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up report names the property and says what to set. */
class InvalidUmfPropertyFailureAnalyzerTest {

    @Test
    void reportNamesThePropertyAndTheFix() {
        InvalidUmfPropertyException cause = new InvalidUmfPropertyException("camel.component.umf.private-key",
                "cannot read the resource file:/etc/umf/merchant.pem (NoSuchFileException)");

        FailureAnalysis analysis = new InvalidUmfPropertyFailureAnalyzer()
                .analyze(new BeanCreationException("umfKeyCheck", "init failed", cause));

        assertThat(analysis.getDescription()).contains("camel.component.umf.private-key")
                .contains("cannot read the resource file:/etc/umf/merchant.pem");
        assertThat(analysis.getAction()).startsWith("Set camel.component.umf.private-key to PEM text");
    }
}

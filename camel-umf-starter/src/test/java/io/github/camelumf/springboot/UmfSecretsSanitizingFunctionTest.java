package io.github.camelumf.springboot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

/** The secret options are masked in every spelling relaxed binding accepts; other options are left visible. */
class UmfSecretsSanitizingFunctionTest {

    private final UmfSecretsSanitizingFunction function = new UmfSecretsSanitizingFunction();

    @Test
    void secretOptionsAreMaskedInEverySpelling() {
        for (String key : new String[] { "camel.component.umf.client-secret", "camel.component.umf.clientSecret",
                "CAMEL_COMPONENT_UMF_CLIENTSECRET", "CAMEL_COMPONENT_UMF_CLIENT_SECRET", "camel.component.umf.private-key",
                "camel.component.umf.private-key-password", "camel.component.umf.proxy-password",
                "camel.component.umf.proxy-username" }) {
            assertThat(function.apply(new SanitizableData(null, key, "s3cr3t")).getValue()).as(key)
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
    }

    @Test
    void otherOptionsAndOtherComponentsAreLeftAlone() {
        for (String key : new String[] { "camel.component.umf.client-id", "camel.component.umf.umf-public-key",
                "camel.component.other.client-secret", "client-secret" }) {
            assertThat(function.apply(new SanitizableData(null, key, "visible")).getValue()).as(key).isEqualTo("visible");
        }
    }
}

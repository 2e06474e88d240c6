package io.github.camelumf.it;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEndpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merchant key can be a PrivateKey bean (no key text or password as a String); endpoints share a client when
 * their secrets are equal, which the registry tells by a fingerprint, never by keeping the secrets.
 */
class SecretHandlingTest extends SandboxTestSupport {

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        configuration.setPrivateKey(null);
        configuration.setMerchantPrivateKey(SANDBOX.keys().merchantPrivateKey());
    }

    @Test
    void merchantPrivateKeyBeanSignsRequests() {
        Exchange created = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "10.00"), Map.of());

        assertThat(created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
        assertThat(SANDBOX.requests()).filteredOn(r -> r.method().equals("POST") && r.apiPath().equals("/payments/payment"))
                .allSatisfy(r -> assertThat(r.signatureVerified()).isTrue());
    }

    @Test
    void endpointsWithEqualSecretsShareAClientAndOtherSecretsGetTheirOwn() {
        String order = TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00");
        call("umf:payment/create", order, Map.of());
        UmfEndpoint first = context.getEndpoint("umf:payment/create", UmfEndpoint.class);
        UmfEndpoint same = context.getEndpoint("umf:payment/get", UmfEndpoint.class);
        UmfEndpoint other = context.getEndpoint("umf:refund/get?clientSecret=another-secret", UmfEndpoint.class);

        assertThat(first.getResponseSignatureForms()).isEqualTo(same.getResponseSignatureForms())
                .as("payment/get shares payment/create's client, with its counters").doesNotContain("RESULT_VALUES=0");
        assertThat(other.getResponseSignatureForms()).as("another secret, another client, fresh counters")
                .isEqualTo("RESULT_VALUES=0, FIRST_RESULT_VALUE=0, BODY_WITHOUT_META=0");
    }

    @Test
    void theRegistryKeyHoldsNoSecret() throws Exception {
        Class<?> key = Class.forName("io.github.camelumf.UmfClientRegistry$ClientKey");
        assertThat(Arrays.stream(key.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("clientSecret", "privateKey", "privateKeyPassword", "proxyPassword")
                .contains("secretsFingerprint");
    }
}

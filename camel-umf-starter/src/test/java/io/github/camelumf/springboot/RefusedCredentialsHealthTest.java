package io.github.camelumf.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.sandbox.spring.AutoConfigureUmfSandbox;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** When UMF refuses the client credentials, the umf readiness check and so /actuator/health are DOWN. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoint.health.show-details=always",
        "camel.component.umf.client-secret=a-secret-umf-does-not-know" })
@AutoConfigureUmfSandbox
class RefusedCredentialsHealthTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProducerTemplate template;

    @Test
    void healthIsDownWithTheReasonButWithoutTheSecret() throws Exception {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode().value()).isEqualTo(503);
        JsonNode camel = new ObjectMapper().readTree(health.getBody()).path("components").path("camelHealth");
        assertThat(camel.path("status").asText()).isEqualTo("DOWN");
        assertThat(camel.toString()).contains("producer:umf-").doesNotContain("a-secret-umf-does-not-know");
    }
}

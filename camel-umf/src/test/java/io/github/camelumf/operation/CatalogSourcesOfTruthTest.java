package io.github.camelumf.operation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.sandbox.server.ApiRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list that exists twice is checked against the catalog: the endpoint enum and options of the generated
 * {@code umf.json}, the headers, and the sandbox's routes with their encrypted fields.
 */
class CatalogSourcesOfTruthTest {

    private static JsonNode metadata;
    private static UmfSandbox sandbox;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CatalogSourcesOfTruthTest.class.getResourceAsStream("/META-INF/io/github/camelumf/umf.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        sandbox = UmfSandbox.builder().build();
    }

    @AfterAll
    static void close() {
        sandbox.close();
    }

    @Test
    void generatedEndpointEnumEqualsTheImplementedRows() {
        List<String> enumValues = new ArrayList<>();
        metadata.path("properties").path("operation").path("enum").forEach(v -> enumValues.add(v.asText()));

        assertThat(enumValues).containsExactlyElementsOf(
                UmfOperations.implemented().stream().map(UmfOperation::endpointName).toList());
    }

    @Test
    void everyParameterOfAnImplementedRowIsAnEndpointOptionAndAHeader() {
        for (UmfOperation row : UmfOperations.implemented()) {
            for (OperationParameter parameter : row.parameters()) {
                assertThat(metadata.path("properties").has(parameter.option()))
                        .as("endpoint option %s of %s", parameter.option(), row).isTrue();
                assertThat(metadata.path("headers").has(parameter.header()))
                        .as("header %s of %s", parameter.header(), row).isTrue();
            }
        }
    }

    @Test
    void everyHeaderARowSetsIsDocumented() {
        for (UmfOperation row : UmfOperations.all()) {
            for (ResultHeader header : row.headers()) {
                assertThat(metadata.path("headers").has(header.header())).as("header %s of %s", header.header(), row)
                        .isTrue();
                assertThat(row.resultMembers()).as("%s sets %s from a documented member", row, header.header())
                        .contains(header.member());
            }
        }
    }

    @Test
    void sandboxServesEveryImplementedRowWithTheSameEncryptedFields() {
        for (UmfOperation row : UmfOperations.implemented()) {
            if (row.kind() != OperationKind.JSON) {
                continue;
            }
            ApiRoutes.Route route = route(row.method().name(), row.path())
                    .orElseThrow(() -> new AssertionError("the sandbox does not serve " + row));
            assertSameEncryption(row, route);
        }
    }

    @Test
    void everySandboxRouteIsACatalogRowWithTheSameEncryptedFields() {
        for (ApiRoutes.Route route : sandbox.apiRoutes()) {
            if (route.tokenCall()) {
                continue;
            }
            UmfOperation row = UmfOperations.all().stream()
                    .filter(o -> o.method() != null && o.method().name().equals(route.method())
                                 && route.template().equals(o.path()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no catalog row for the sandbox's " + route.method() + " "
                                                          + route.template()));
            assertSameEncryption(row, route);
        }
    }

    private static void assertSameEncryption(UmfOperation row, ApiRoutes.Route route) {
        assertThat(route.encryptedFields()).as("*enc* fields of %s", row).isEqualTo(row.encryptedFields());
        assertThat(route.encryptedQuery()).as("encrypted query parameters of %s", row).isEqualTo(
                row.parameters().stream().filter(OperationParameter::encrypted).map(OperationParameter::wireName).toList());
    }

    private static Optional<ApiRoutes.Route> route(String method, String template) {
        return sandbox.apiRoutes().stream()
                .filter(r -> r.method().equals(method) && r.template().equals(template))
                .findFirst();
    }
}

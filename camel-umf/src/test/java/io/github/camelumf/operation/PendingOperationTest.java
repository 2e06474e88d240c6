package io.github.camelumf.operation;

import io.github.camelumf.UmfComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows of operations.md that are not served yet are in the catalog, and their endpoints are refused clearly. */
class PendingOperationTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.addComponent("umf", new UmfComponent());
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void pendingRowIsRefusedWithTheIssueThatBringsIt() {
        assertThat(UmfOperations.byEndpointName("b2b/uploadDocuments")).get().satisfies(row -> {
            assertThat(row.isImplemented()).isFalse();
            assertThat(row.kind()).isEqualTo(OperationKind.FTP);
        });

        assertThatThrownBy(() -> context.getEndpoint("umf:b2b/uploadDocuments"))
                .rootCause()
                .hasMessageStartingWith("The UMF operation 'b2b/uploadDocuments' is in the catalog but not served yet"
                                        + " (issue 8")
                .hasMessageContaining("Known operations: payment/create");
    }

    @Test
    void unknownNameIsRefusedWithTheKnownOperations() {
        assertThatThrownBy(() -> context.getEndpoint("umf:payment/nothing"))
                .rootCause()
                .hasMessageStartingWith("Unknown UMF operation 'payment/nothing'. Known operations: payment/create")
                .hasMessageContaining("refund/query")
                .hasMessageNotContaining("b2b/uploadDocuments");
    }

    @Test
    void everyRowIsImplementedOrSaysWhyNot() {
        for (UmfOperation row : UmfOperations.all()) {
            assertThat(row.isImplemented() || !row.pending().isBlank()).as(row.endpointName()).isTrue();
        }
        assertThat(UmfOperations.implemented()).extracting(UmfOperation::endpointName)
                .contains("payment/updateExpress", "payment/balance", "refund/asyncByOrder", "refund/query", "raw");
    }
}

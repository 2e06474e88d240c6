package io.github.camelumf.operation;

import java.util.List;

import io.github.camelumf.UmfComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
        List<UmfOperation> pending = UmfOperations.all().stream().filter(row -> !row.isImplemented()).toList();
        assumeFalse(pending.isEmpty(), "every row of the catalog is served");

        for (UmfOperation row : pending) {
            assertThatThrownBy(() -> context.getEndpoint("umf:" + row.endpointName()))
                    .rootCause()
                    .hasMessageStartingWith("The UMF operation '" + row.endpointName()
                                            + "' is in the catalog but not served yet (issue ")
                    .hasMessageContaining("Known operations: payment/create")
                    .hasMessageNotContaining(row.endpointName() + ",");
        }
    }

    @Test
    void unknownNameIsRefusedWithTheKnownOperations() {
        assertThatThrownBy(() -> context.getEndpoint("umf:payment/nothing"))
                .rootCause()
                .hasMessageStartingWith("Unknown UMF operation 'payment/nothing'. Known operations: payment/create")
                .hasMessageContaining("refund/query")
                .hasMessageContaining("customs/apply");
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

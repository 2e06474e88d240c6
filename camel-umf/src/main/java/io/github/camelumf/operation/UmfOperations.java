package io.github.camelumf.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.model.UmfNotification;

/**
 * The whole operation catalog: the rows of every section of operations.md ({@link PaymentOperations},
 * {@link RefundOperations}, {@link ReferenceDataOperations}, {@link DeclarationOperations},
 * {@link StatementOperations}, {@link B2bOperations}, {@link RemittanceOperations}), the catch-all
 * {@link #RAW umf:raw} and the {@link #NOTIFICATION umf:notification} consumer. Rows are looked up once, when an endpoint is created.
 */
public final class UmfOperations {

    /** The consumer of UMF's notifications (3.8, 3.49, customs); no HTTP call of its own. */
    public static final UmfOperation NOTIFICATION = UmfOperation
            .of("notification", OperationKind.CONSUMER, null, null)
            .wholeResult(UmfNotification.class).build();

    /**
     * {@code umf:raw}: an operation UMF offers and the catalog does not have yet. The method and the path come from
     * the message (headers {@code CamelUmfHttpMethod}, {@code CamelUmfApiPath}) or the endpoint options; the body
     * (POST) is sent as given, signed, without field encryption; the verified answer is the body, as JSON.
     */
    public static final UmfOperation RAW = UmfOperation.of("raw", OperationKind.RAW, null, null)
            .param(OperationParameter.call("httpMethod")).param(OperationParameter.call("apiPath"))
            .wholeResult(JsonNode.class).build();

    private static final List<UmfOperation> ALL;
    private static final Map<String, UmfOperation> BY_NAME;

    static {
        List<UmfOperation> all = new ArrayList<>();
        all.addAll(PaymentOperations.ROWS);
        all.addAll(RefundOperations.ROWS);
        all.addAll(ReferenceDataOperations.ROWS);
        all.addAll(DeclarationOperations.ROWS);
        all.addAll(StatementOperations.ROWS);
        all.addAll(B2bOperations.ROWS);
        all.addAll(RemittanceOperations.ROWS);
        all.add(RAW);
        all.add(NOTIFICATION);
        Map<String, UmfOperation> byName = new LinkedHashMap<>();
        for (UmfOperation operation : all) {
            if (byName.put(operation.endpointName(), operation) != null) {
                throw new IllegalStateException("two catalog rows named " + operation.endpointName());
            }
        }
        ALL = Collections.unmodifiableList(all);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private UmfOperations() {
    }

    /** Every row, implemented or pending, in the order of operations.md; the consumer last. */
    public static List<UmfOperation> all() {
        return ALL;
    }

    /** The rows the component serves as endpoints. */
    public static List<UmfOperation> implemented() {
        return ALL.stream().filter(UmfOperation::isImplemented).toList();
    }

    /** The row of an endpoint name such as {@code payment/create}, implemented or pending. */
    public static Optional<UmfOperation> byEndpointName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The names of the implemented rows, comma separated (for documentation and error messages). */
    public static String implementedNames() {
        return implemented().stream().map(UmfOperation::endpointName).collect(Collectors.joining(", "));
    }
}

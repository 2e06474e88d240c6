package io.github.camelumf;

import java.util.Map;
import java.util.function.Supplier;

import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.http.UmfApiClient;
import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.notification.StateConfirmation;
import io.github.camelumf.operation.PaymentOperations;
import io.github.camelumf.operation.RefundOperations;
import io.github.camelumf.operation.UmfOperation;

/**
 * Confirms a payment or refund notification with UMF through the component's own client: {@code payment/get} or
 * {@code refund/get}, verified like any answer, and reads the state of the result. The only place where the
 * notification side names producer operations.
 */
final class UmfNotificationConfirmer implements StateConfirmation {

    private final Supplier<UmfApiClient> client;

    UmfNotificationConfirmer(Supplier<UmfApiClient> client) {
        this.client = client;
    }

    @Override
    public String currentState(UmfNotification notification) {
        UmfOperation operation = notification.type() == NotificationType.REFUND
                ? RefundOperations.GET : PaymentOperations.GET;
        String path = operation.expandPath(new String[] {notification.id()});
        UmfResponse response = client.get().call(operation.endpointName(), path, Map.of(), null);
        if (!response.isSuccess() || response.json() == null) {
            throw UmfApiException.of(operation.endpointName(), response.status(), response.retCode(), response.retMsg());
        }
        return response.json().path(operation.resultMembers().get(0)).path("state").asText(null);
    }
}

package io.github.camelumf.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    @Test
    void sixteenConcurrentClientsCreatePaymentsAndRefundsWithoutInterference() throws Exception {
        UmfTestClient client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
        String paid = Flows.paidCardPayment(sandbox.sandbox(), client);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                calls.add(() -> client.post("/payments/payment",
                        Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD")).payment().path("id").asText());
            }
            List<Callable<String>> refunds = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                refunds.add(() -> client.post("/payments/payment/" + paid + "/refund",
                        Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY")).retCode());
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> future : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                ids.add(future.get());
            }
            List<String> refundCodes = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(refunds, 60, TimeUnit.SECONDS)) {
                refundCodes.add(future.get());
            }

            assertThat(ids).hasSize(160).allSatisfy(id -> assertThat(id).startsWith("PAY_"));
            assertThat(refundCodes).filteredOn("0000"::equals).hasSize(2);
            assertThat(refundCodes).filteredOn("00060774"::equals).hasSize(14);
            // without sun.net.httpserver.nodelay each answer stalls ~44 ms (Nagle + delayed ACK): the started sandbox
            // has set it (a property, not a timing, so a loaded machine cannot make this flaky)
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        } finally {
            pool.shutdownNow();
        }
    }
}

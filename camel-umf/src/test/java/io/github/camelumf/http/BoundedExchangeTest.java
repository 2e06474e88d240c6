package io.github.camelumf.http;

import io.github.camelumf.sandbox.UmfSandbox;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The overall deadline of each exchange is a timer task: a finished exchange must not leave it queued. */
class BoundedExchangeTest {

    @Test
    void finishedExchangesLeaveNoDeadlineQueued() throws Exception {
        try (UmfSandbox sandbox = UmfSandbox.builder().port(0).build().start();
             CloseableHttpClient http = HttpClients.createDefault();
             BoundedExchange exchange = new BoundedExchange(http, 60_000, BoundedExchange.MAX_JSON_BYTES)) {
            for (int i = 0; i < 25; i++) {
                RawResponse answer = exchange.execute(new HttpGet(sandbox.baseUrl() + "/payments/payment/PAY_X"),
                        HttpClientContext.create());
                assertThat(answer.status()).as("the sandbox answered call %d", i).isGreaterThan(0);
            }

            // each cancelled deadline would otherwise stay queued for callTimeout, holding its request and body
            assertThat(exchange.queuedDeadlines()).isZero();
        }
    }
}

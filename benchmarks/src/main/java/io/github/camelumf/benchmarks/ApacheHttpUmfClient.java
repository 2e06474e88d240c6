package io.github.camelumf.benchmarks;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.PrivateKey;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * {@link RawUmfClient} over Apache HttpClient 5 classic with a pooled connection manager and TCP_NODELAY: the HTTP
 * library the component itself uses, so the difference to the component is the component alone.
 */
final class ApacheHttpUmfClient extends RawUmfClient {

    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                    .build())
            .disableAutomaticRetries()
            .build();

    ApacheHttpUmfClient(String baseUrl, PrivateKey merchantKey) {
        super(baseUrl, merchantKey);
    }

    @Override
    protected Answer exchange(String path, Map<String, String> headers, byte[] body) throws IOException {
        HttpUriRequestBase request;
        if (body == null) {
            request = new HttpGet(baseUrl + path);
        } else {
            HttpPost post = new HttpPost(baseUrl + path);
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            request = post;
        }
        headers.forEach(request::setHeader);
        return http.execute(request, response -> new Answer(response.getCode(),
                response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
    }

    /**
     * GET {@code path} with the token, the answer's body left open on the connection (closing the stream releases
     * it): for files read as they arrive. Refuses anything but HTTP 200.
     */
    InputStream openGet(String path) throws IOException {
        HttpGet get = new HttpGet(baseUrl + path);
        get.setHeader("Authorization", authorization());
        get.setHeader("Accept", "*/*");
        ClassicHttpResponse response = http.executeOpen(null, get, null);
        if (response.getCode() != 200 || response.getEntity() == null) {
            response.close();
            throw new IllegalStateException(path + " failed: HTTP " + response.getCode());
        }
        return new FilterInputStream(response.getEntity().getContent()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    response.close();
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}

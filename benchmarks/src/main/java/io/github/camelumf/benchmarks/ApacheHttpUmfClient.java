package io.github.camelumf.benchmarks;

import java.io.IOException;
import java.security.PrivateKey;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
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

    @Override
    public void close() throws IOException {
        http.close();
    }
}

package io.github.camelumf.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * Tells transport failures where the request certainly never reached UMF (no connection was made) from those
 * after which UMF may have received it.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    /** True when no connection to UMF was established, so the request was not sent. */
    static boolean requestNotSent(IOException e) {
        return e instanceof ConnectException
               || e instanceof ConnectTimeoutException
               || e instanceof ConnectionRequestTimeoutException
               || e instanceof UnknownHostException
               || e instanceof NoRouteToHostException
               || e instanceof SSLHandshakeException;
    }

    /** A short description of the failure without any request data. */
    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

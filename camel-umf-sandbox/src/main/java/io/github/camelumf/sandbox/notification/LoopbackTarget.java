package io.github.camelumf.sandbox.notification;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the sandbox may call a notify_url: http or https to {@code localhost}, 127.0.0.0/8 or {@code ::1}
 * only, judged from the URL text alone (no name is resolved, so nothing leaves the machine, not even a DNS query).
 */
public final class LoopbackTarget {

    /** Why a URL is refused: not loopback. */
    public static final String NOT_LOOPBACK = "not delivered: not loopback";
    /** Why a URL is refused: not an absolute http(s) URL. */
    public static final String NOT_HTTP = "not delivered: not an http(s) URL";

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private LoopbackTarget() {
    }

    /** Null when the sandbox may post to {@code url}, else the reason it does not. */
    public static String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return NOT_HTTP;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return NOT_HTTP;
        }
        return isLoopback(uri.getHost()) ? null : NOT_LOOPBACK;
    }

    static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        Matcher ipv4 = IPV4.matcher(host);
        if (ipv4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ipv4.group(i)) > 255) {
                    return false;
                }
            }
            return Integer.parseInt(ipv4.group(1)) == 127;
        }
        if (host.startsWith("[") && host.endsWith("]") && host.indexOf(':') > 0) {
            try {
                // an IPv6 literal: parsed, never looked up
                return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}

package io.github.camelumf.sandbox.payment;

import io.github.camelumf.sandbox.SandboxClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** UMF's date and time formats (1.8), in China time: {@code 2018-11-26T14:50:56+0800} and {@code 20181126}. */
public final class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(SandboxClock.CHINA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(SandboxClock.CHINA);

    private Times() {
    }

    /** {@code yyyy-MM-dd'T'HH:mm:ssZ}. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** {@code yyyyMMdd}. */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }
}

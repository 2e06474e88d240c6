package io.github.camelumf.sandbox.payment;

import io.github.camelumf.sandbox.SandboxClock;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Identifiers in UMF's shapes: {@code PAY_} / {@code REFUND_} / {@code CUST_} + base32 of digits, agreement ids, SMS codes. */
public final class Ids {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmmss")
            .withZone(SandboxClock.CHINA);
    private static final DateTimeFormatter LONG_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(SandboxClock.CHINA);

    private final AtomicLong sequence = new AtomicLong();
    private final SecureRandom secureRandom = new SecureRandom();

    /** {@code PAY_} + 40 base32 characters. */
    public String paymentId(Instant now) {
        return "PAY_" + base32(STAMP.format(now) + digits(3) + String.format("%010d", sequence.incrementAndGet()));
    }

    /** {@code REFUND_} + 32 base32 characters. */
    public String refundId(Instant now) {
        return "REFUND_" + base32(STAMP.format(now) + String.format("%08d", sequence.incrementAndGet()));
    }

    /** {@code CUST_} + 32 base32 characters, a customs declaration id. */
    public String customsDeclarationId(Instant now) {
        return "CUST_" + base32(STAMP.format(now) + String.format("%08d", sequence.incrementAndGet()));
    }

    /** {@code CIQ_} + 32 base32 characters, a CIQ (inspection) declaration id. */
    public String ciqDeclarationId(Instant now) {
        return "CIQ_" + base32(STAMP.format(now) + String.format("%08d", sequence.incrementAndGet()));
    }

    /** A 16-digit sub-order reference for sub-orders sent without one. */
    public String subReferenceId() {
        return "9" + String.format("%015d", sequence.incrementAndGet());
    }

    /** {@code UB} + 30 digits. */
    public String businessAgreementId(Instant now) {
        return "UB" + LONG_STAMP.format(now) + digits(16);
    }

    /** {@code P} + 31 digits. */
    public String payAgreementId(Instant now) {
        return "P" + LONG_STAMP.format(now) + digits(17);
    }

    /** A 6-digit SMS verification code. */
    public String smsCode() {
        return String.format("%06d", secureRandom.nextInt(1_000_000));
    }

    /** {@code n} random digits. */
    /**
     * The verifying department's pay trace of a paid payment (3.8 {@code verify_department_pay_trace}, 30 digits as
     * the reference's {@code 102019060355554000043808000000}): stable for the payment.
     */
    static String payTrace(Instant paidAt, String paymentId) {
        long hash = Math.floorMod((long) paymentId.hashCode() * 2_654_435_761L, 1_000_000_000_000L);
        return "10" + Times.date(paidAt) + String.format(java.util.Locale.ROOT, "%020d", hash);
    }

    public static String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
        }
        return sb.toString();
    }

    /** {@code n} random letters and digits. */
    public static String alphanumeric(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALNUM[ThreadLocalRandom.current().nextInt(ALNUM.length)]);
        }
        return sb.toString();
    }

    /** {@code n} random lower-case hex digits. */
    public static String hex(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(Character.forDigit(ThreadLocalRandom.current().nextInt(16), 16));
        }
        return sb.toString();
    }

    /** RFC 4648 base32 of the UTF-8 text, without padding (the shape of UMF's ids). */
    public static String base32(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}

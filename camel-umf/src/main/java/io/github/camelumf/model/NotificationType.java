package io.github.camelumf.model;

/** The kinds of asynchronous notification UMF sends to a merchant's notify_url. */
public enum NotificationType {
    /** A payment result (reference 3.8): member {@code payment}. */
    PAYMENT,
    /** An asynchronous refund result (reference 3.49): member {@code refund}. */
    REFUND,
    /** A customs declaration result (3.16 notify_url): member {@code customs_declaration(s)}. */
    CUSTOMS,
    /** A CIQ (inspection) declaration result: member {@code ciq_declaration(s)}. */
    CIQ
}

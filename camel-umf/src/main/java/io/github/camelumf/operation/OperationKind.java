package io.github.camelumf.operation;

/** How an operation talks to UMF. */
public enum OperationKind {
    /** A JSON request (POST) or none (GET), and a JSON answer with {@code meta}. */
    JSON,
    /** {@code umf:raw}: method, path and body come with the message; the verified answer is the body. */
    RAW,
    /** A file download streamed into the body. */
    STREAM,
    /** A multipart/form-data upload. */
    MULTIPART,
    /** A file upload over FTP, FTPS or SFTP. */
    FTP,
    /** Not a call: a consumer of what UMF sends (notifications). */
    CONSUMER
}

package io.github.camelumf.sandbox.ftp;

import java.util.function.Consumer;

/**
 * What a test server does wrong, set by tests while it runs (thread-safe): refuse every upload (permission denied),
 * fail an upload with "disk full" or drop the connection once a number of bytes arrived, refuse renames, and hooks
 * that run in the server between two steps of a client's upload (after a file was stored, before a rename is
 * executed), so a test can take a name "in between" without depending on timing.
 */
public final class UploadFaults {

    /** How an upload is broken off once {@link #breakUploadsAfter} bytes arrived. */
    public enum Break {
        /** The write fails as on a full disk; the session stays. */
        DISK_FULL,
        /** The server closes the client's connection. */
        DROP_CONNECTION
    }

    private volatile boolean refuseUploads;
    private volatile boolean refuseRenames;
    private volatile long breakAfter = -1;
    private volatile Break breakKind = Break.DISK_FULL;
    private volatile Consumer<String> afterUpload = name -> { };
    private volatile Consumer<String> beforeRename = name -> { };

    /** Every upload is refused (FTP 550, SFTP permission denied) before a byte is written. */
    public UploadFaults refuseUploads(boolean refuse) {
        this.refuseUploads = refuse;
        return this;
    }

    /** Every rename is refused. */
    public UploadFaults refuseRenames(boolean refuse) {
        this.refuseRenames = refuse;
        return this;
    }

    /** Uploads break off once more than {@code bytes} bytes arrived; -1 for never. */
    public UploadFaults breakUploadsAfter(long bytes, Break kind) {
        this.breakKind = kind;
        this.breakAfter = bytes;
        return this;
    }

    /** Runs in the server with the name of each file whose upload completed, before the client is answered. */
    public UploadFaults afterUpload(Consumer<String> hook) {
        this.afterUpload = hook;
        return this;
    }

    /** Runs in the server with the target name of each rename, before the rename is executed. */
    public UploadFaults beforeRename(Consumer<String> hook) {
        this.beforeRename = hook;
        return this;
    }

    /** Back to a well-behaved server. */
    public UploadFaults clear() {
        refuseUploads = false;
        refuseRenames = false;
        breakAfter = -1;
        afterUpload = name -> { };
        beforeRename = name -> { };
        return this;
    }

    boolean refusesUploads() {
        return refuseUploads;
    }

    boolean refusesRenames() {
        return refuseRenames;
    }

    long breakAfter() {
        return breakAfter;
    }

    Break breakKind() {
        return breakKind;
    }

    void uploaded(String name) {
        afterUpload.accept(name);
    }

    void renaming(String target) {
        beforeRename.accept(target);
    }
}

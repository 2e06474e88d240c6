package io.github.camelumf.b2b;

import java.lang.reflect.Field;

import org.apache.camel.component.file.remote.SftpOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an SFTP connection's renames refuse an existing target. camel-ftp's SFTP renames with JSch, which uses the
 * {@code posix-rename@openssh.com} extension whenever the server offers it (OpenSSH and MINA SSHD do), and that
 * rename replaces an existing file; the plain SSH_FXP_RENAME of SFTP v3 fails when the target exists (OpenSSH makes
 * it a hard link, atomically). Neither camel-ftp nor JSch has an option for it, so the JSch channel's flag is turned
 * off by reflection on this connection only. Should a JSch or camel-ftp version not have the fields, a WARN says so
 * once and renames stay as they were: the listing made just before each rename still detects names taken earlier.
 */
final class SftpRenames {

    private static final Logger LOG = LoggerFactory.getLogger(SftpRenames.class);
    private static volatile boolean warned;

    private SftpRenames() {
    }

    /** Turns off posix-rename on the connected channel of {@code operations}; whether it could. */
    static boolean refuseReplacing(SftpOperations operations) {
        try {
            Field channelField = SftpOperations.class.getDeclaredField("channel");
            channelField.setAccessible(true);
            Object channel = channelField.get(operations);
            Field posixRename = channel.getClass().getDeclaredField("extension_posix_rename");
            posixRename.setAccessible(true);
            posixRename.setBoolean(channel, false);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("Cannot switch the SFTP client's renames to the plain SFTP rename ({}): on a server offering"
                         + " posix-rename, a document ZIP renamed at the very moment another process creates the same"
                         + " name would replace it", e.toString());
            }
            return false;
        }
    }
}

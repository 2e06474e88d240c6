package io.github.camelumf.sandbox.ftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * UMF's document server over SFTP, write-only like UMF's account (section 4.4): an Apache MINA SSHD server on
 * 127.0.0.1 (a free port) with a host key generated at start ({@link #knownHostsLine()} for the client's
 * known_hosts), one password user jailed in {@link #directory()}, who can list, upload and rename to a free name,
 * and cannot download, delete or overwrite. {@link #faults()} breaks it on purpose.
 */
public final class UmfSftpServer implements AutoCloseable {

    private final Path root;
    private final String user;
    private final String password;
    private final UploadFaults faults = new UploadFaults();
    private final SshServer server;
    private final KeyPair hostKey;

    private UmfSftpServer(Path root, String user, String password) {
        this.root = root;
        this.user = user;
        this.password = password;
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((name, given, session) -> user.equals(name) && password.equals(given));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new WriteOnlySftpListener(faults));
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
        try {
            hostKey = keys.loadKeys(null).iterator().next();
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the SFTP server", e);
        }
    }

    /** A server for user {@code writer} with a new temporary directory. */
    public static UmfSftpServer start() {
        try {
            return new UmfSftpServer(Files.createTempDirectory("umf-sftp-"), "writer",
                    "w-" + Long.toHexString(System.nanoTime()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on {@code root} for {@code user} with {@code password}. */
    public static UmfSftpServer start(Path root, String user, String password) {
        return new UmfSftpServer(root, user, password);
    }

    public int port() {
        return server.getPort();
    }

    /** The user's directory on this machine (the root the user sees): where uploads land. */
    public Path directory() {
        return root;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public UploadFaults faults() {
        return faults;
    }

    /** The host key as a known_hosts line: {@code [127.0.0.1]:port algorithm base64}. */
    public String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    /** Writes {@link #knownHostsLine()} to {@code file}; returns it. */
    public Path writeKnownHosts(Path file) {
        try {
            Files.writeString(file, knownHostsLine() + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A camel-ftp endpoint URI for {@code directory} (created here if missing), with the user and password, strict
     * host key checking against {@code knownHostsFile}, and no reconnect attempts.
     */
    public String uri(String directory, Path knownHostsFile) {
        try {
            Files.createDirectories(root.resolve(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "sftp://" + user + "@127.0.0.1:" + port() + "/" + directory + "?knownHostsFile="
               + knownHostsFile.toAbsolutePath() + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false"
               + "&maximumReconnectAttempts=0&password=RAW(" + password + ")";
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

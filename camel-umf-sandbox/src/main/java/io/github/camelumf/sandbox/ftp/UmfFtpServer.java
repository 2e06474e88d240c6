package io.github.camelumf.sandbox.ftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

import io.github.camelumf.sandbox.SandboxTls;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.Ftplet;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * UMF's document FTP server, write-only like UMF's account (section 4.4): an Apache MINA FtpServer on 127.0.0.1
 * (a free port) with one user who can list, upload and rename to a free name, and cannot download, delete or
 * overwrite. {@link #ftps()} adds explicit TLS (AUTH TLS) with a certificate generated at start
 * ({@link #tls()}: its trust store for the client). Passive data connections on 127.0.0.1. {@link #faults()} breaks
 * it on purpose. Close it to stop it; the files stay in {@link #directory()} until the test deletes them.
 */
public final class UmfFtpServer implements AutoCloseable {

    private final Path root;
    private final String user;
    private final String password;
    private final SandboxTls tls;
    private final UploadFaults faults = new UploadFaults();
    private final FtpServer server;
    private final int port;

    private UmfFtpServer(Path root, String user, String password, boolean ftps) {
        this.root = root;
        this.user = user;
        this.password = password;
        this.tls = ftps ? SandboxTls.generate() : null;
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        if (tls != null) {
            SslConfiguration ssl = new ContextSslConfiguration(tls.serverContext());
            listener.setSslConfiguration(ssl);
            listener.setImplicitSsl(false);
            data.setSslConfiguration(ssl);
        }
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        factory.setUserManager(userManager(root, user, password));
        FaultyFileSystemFactory files = new FaultyFileSystemFactory(faults);
        factory.setFileSystem(files);
        Map<String, Ftplet> ftplets = new LinkedHashMap<>();
        ftplets.put("writeOnly", new WriteOnlyFtplet(faults));
        factory.setFtplets(ftplets);
        this.server = factory.createServer();
        try {
            server.start();
        } catch (FtpException e) {
            throw new IllegalStateException("cannot start the FTP server", e);
        }
        Listener started = factory.getListener("default");
        this.port = started.getPort();
        files.onDrop(() -> started.getActiveSessions().forEach(session -> session.closeNow()));
    }

    /** A plain FTP server for user {@code writer}, with a new temporary directory. */
    public static UmfFtpServer ftp() {
        return new UmfFtpServer(temporaryDirectory(), "writer", "w-" + Long.toHexString(System.nanoTime()), false);
    }

    /** An FTPS (explicit TLS) server for user {@code writer}, with a new temporary directory and certificate. */
    public static UmfFtpServer ftps() {
        return new UmfFtpServer(temporaryDirectory(), "writer", "w-" + Long.toHexString(System.nanoTime()), true);
    }

    /** A server on {@code root} for {@code user} with {@code password}; FTPS when {@code ftps}. */
    public static UmfFtpServer start(Path root, String user, String password, boolean ftps) {
        return new UmfFtpServer(root, user, password, ftps);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("umf-ftp-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserManager userManager(Path root, String user, String password) {
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager manager = users.createUserManager();
        BaseUser account = new BaseUser();
        account.setName(user);
        account.setPassword(password);
        account.setHomeDirectory(root.toAbsolutePath().toString());
        account.setAuthorities(List.of(new WritePermission()));
        account.setMaxIdleTime(0);
        try {
            manager.save(account);
        } catch (FtpException e) {
            throw new IllegalStateException("cannot create the FTP user", e);
        }
        return manager;
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The user's home directory on this machine: where uploads land. */
    public Path directory() {
        return root;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The generated TLS identity of an FTPS server (its trust store for clients); {@code null} for plain FTP. */
    public SandboxTls tls() {
        return tls;
    }

    /** The faults to inject. */
    public UploadFaults faults() {
        return faults;
    }

    /**
     * A camel-ftp endpoint URI for {@code directory} below the home (created here if missing), with the user and
     * password, passive mode and no reconnect attempts; FTPS servers need {@code sslContextParameters} added.
     */
    public String uri(String directory) {
        try {
            Files.createDirectories(root.resolve(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (tls == null ? "ftp" : "ftps") + "://" + user + "@127.0.0.1:" + port + "/" + directory
               + "?passiveMode=true&maximumReconnectAttempts=0&password=RAW(" + password + ")";
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The server's TLS from an SSLContext (MINA's factory wants key store files). */
    private static final class ContextSslConfiguration implements SslConfiguration {
        private final SSLContext context;

        ContextSslConfiguration(SSLContext context) {
            this.context = context;
        }

        @Override
        public SSLSocketFactory getSocketFactory() throws GeneralSecurityException {
            return context.getSocketFactory();
        }

        @Override
        public SSLContext getSSLContext() throws GeneralSecurityException {
            return context;
        }

        @Override
        public SSLContext getSSLContext(String protocol) throws GeneralSecurityException {
            return context;
        }

        @Override
        public String[] getEnabledCipherSuites() {
            return null;
        }

        @Override
        public String getEnabledProtocol() {
            return "TLSv1.3";
        }

        @Override
        public String[] getEnabledProtocols() {
            return new String[] {"TLSv1.3", "TLSv1.2"};
        }

        @Override
        public ClientAuth getClientAuth() {
            return ClientAuth.NONE;
        }
    }
}

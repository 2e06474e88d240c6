package io.github.camelumf.b2b;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.remote.FtpOperations;
import org.apache.camel.component.file.remote.RemoteFileConfiguration;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.apache.camel.component.file.remote.SftpOperations;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.apache.camel.support.DefaultExchange;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.camel.util.ObjectHelper;

/**
 * One connection to the directory of a camel-ftp endpoint ({@code ftp:}, {@code ftps:}, {@code sftp:}), through the
 * endpoint's own {@link RemoteFileOperations}, so every option of the endpoint URI applies (passive mode, timeouts,
 * TLS, known hosts, keys, reconnect attempts...). FTP transfers are always binary (a ZIP must not be translated);
 * SFTP renames never replace an existing file ({@link SftpRenames}).
 * Not thread-safe: one per upload.
 */
final class RemoteDirectory implements AutoCloseable {

    private final RemoteFileEndpoint<?> endpoint;
    private final RemoteFileOperations<?> operations;

    private RemoteDirectory(RemoteFileEndpoint<?> endpoint, RemoteFileOperations<?> operations) {
        this.endpoint = endpoint;
        this.operations = operations;
    }

    /** Connects, logs in and changes to the endpoint's directory. */
    static RemoteDirectory open(RemoteFileEndpoint<?> endpoint) throws Exception {
        RemoteFileOperations<?> operations = endpoint.createRemoteFileOperations();
        RemoteDirectory directory = new RemoteDirectory(endpoint, operations);
        try {
            RemoteFileConfiguration configuration = endpoint.getConfiguration();
            operations.connect(configuration, scratch(endpoint));
            if (operations instanceof FtpOperations ftp && !ftp.getClient().setFileType(FTP.BINARY_FILE_TYPE)) {
                throw new GenericFileOperationFailedException(ftp.getClient().getReplyCode(),
                        ftp.getClient().getReplyString(), "the server refused binary transfers (TYPE I)");
            }
            if (operations instanceof SftpOperations sftp) {
                SftpRenames.refuseReplacing(sftp);
            }
            String path = configuration.getDirectory();
            if (ObjectHelper.isNotEmpty(path)) {
                operations.changeCurrentDirectory(path);
            }
            return directory;
        } catch (Exception | Error e) {
            directory.close();
            throw e;
        }
    }

    /** The server and directory, as protocol://user@host:port/directory: never a password. */
    static String describe(RemoteFileEndpoint<?> endpoint) {
        RemoteFileConfiguration configuration = endpoint.getConfiguration();
        String path = configuration.getDirectory();
        String server = configuration.remoteServerInformation();
        if (ObjectHelper.isEmpty(path)) {
            return server;
        }
        return server + (path.startsWith("/") ? path : "/" + path);
    }

    /** A key naming the server's directory, for locks. */
    static String key(RemoteFileEndpoint<?> endpoint) {
        RemoteFileConfiguration configuration = endpoint.getConfiguration();
        return configuration.getProtocol() + "://" + String.valueOf(configuration.getHost()).toLowerCase(Locale.ROOT) + ":"
               + configuration.getPort() + "/" + configuration.getDirectory();
    }

    /** The names in the directory and their sizes (-1 when the listing gives none). */
    Map<String, Long> list() {
        Object[] files = operations.listFiles();
        Map<String, Long> names = new LinkedHashMap<>();
        if (files == null) {
            return names;
        }
        for (Object file : files) {
            if (file instanceof FTPFile ftp) {
                if (ftp.getName() != null) {
                    names.put(ftp.getName(), ftp.getSize());
                }
            } else if (file instanceof SftpRemoteFile<?> sftp) {
                names.put(sftp.getFilename(), sftp.getFileLength());
            }
        }
        names.remove(".");
        names.remove("..");
        return names;
    }

    /** Stores {@code content} as {@code name} in the directory, reading it to its end; false if the server refused. */
    boolean store(String name, InputStream content) {
        Exchange exchange = scratch(endpoint);
        exchange.getIn().setBody(content);
        return operations.storeFile(name, exchange, -1);
    }

    /** Renames {@code from} to {@code to}; false if the server refused. */
    boolean rename(String from, String to) {
        return operations.renameFile(from, to);
    }

    private static Exchange scratch(RemoteFileEndpoint<?> endpoint) {
        return new DefaultExchange(endpoint.getCamelContext());
    }

    /** Logs out and disconnects; failures to do so are ignored (the upload's outcome is known by then). */
    @Override
    public void close() {
        try {
            if (operations.isConnected()) {
                operations.disconnect();
            }
        } catch (RuntimeException e) {
            try {
                operations.forceDisconnect();
            } catch (RuntimeException ignored) {
                // the connection is gone either way
            }
        }
    }
}

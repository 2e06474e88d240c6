package io.github.camelumf;

import org.apache.camel.component.file.remote.FtpsEndpoint;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.slf4j.Logger;

/**
 * Warns at start when the document upload's camel-ftp endpoint is less safe than it looks: plain FTP sends the
 * password and the documents in clear text; camel-ftp's FTPS without sslContextParameters trusts any currently valid
 * certificate (commons-net's default), and without execProt=P leaves the data connection unencrypted; its SFTP
 * without strict host key checking trusts any host key.
 */
final class TransportWarnings {

    private TransportWarnings() {
    }

    static void log(Logger log, RemoteFileEndpoint<?> endpoint, String server) {
        if (endpoint instanceof FtpsEndpoint ftps) {
            if (ftps.getSslContextParameters() == null) {
                log.warn("b2b/uploadDocuments to {}: FTPS without sslContextParameters trusts any server certificate;"
                         + " set sslContextParameters with a trust store holding UMF's certificate", server);
            }
            if (!"P".equalsIgnoreCase(ftps.getFtpsConfiguration().getExecProt())) {
                log.warn("b2b/uploadDocuments to {}: FTPS without execProt=P (and execPbsz=0) sends the documents over an"
                         + " unencrypted data connection", server);
            }
        } else if (endpoint instanceof SftpEndpoint sftp) {
            if (!"yes".equalsIgnoreCase(sftp.getConfiguration().getStrictHostKeyChecking())) {
                log.warn("b2b/uploadDocuments to {}: SFTP without strictHostKeyChecking=yes accepts any host key; set"
                         + " knownHostsFile (or knownHostsUri) and strictHostKeyChecking=yes", server);
            }
        } else {
            log.warn("b2b/uploadDocuments to {}: plain FTP sends the password and the documents unencrypted; use ftps:"
                     + " or sftp: when UMF's server offers them", server);
        }
    }
}

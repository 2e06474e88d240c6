package io.github.camelumf.benchmarks.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * The FTP server of {@link DocumentUploadBenchmark}, run in its own JVM so that its heap and its garbage collection
 * stay out of the measured JVM: Apache MINA FtpServer on 127.0.0.1 (a free port), one user with write rights whose
 * home is {@code args[0]}, password {@code args[1]}. Prints {@code PORT <n>} once listening and stops when its
 * standard input closes (the benchmark ended or died).
 */
public final class BenchFtpServer {

    /** The user's name. */
    public static final String USER = "bench";

    private BenchFtpServer() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createDirectories(Path.of(args[0]));
        UserManager users = new PropertiesUserManagerFactory().createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(args[1]);
        user.setHomeDirectory(home.toAbsolutePath().toString());
        user.setAuthorities(List.of(new WritePermission()));
        users.save(user);

        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        FtpServerFactory factory = new FtpServerFactory();
        factory.setUserManager(users);
        factory.addListener("default", listener.createListener());
        FtpServer server = factory.createServer();
        server.start();
        System.out.println("PORT " + ((DefaultFtpServer) server).getListener("default").getPort());
        System.out.flush();
        try {
            while (System.in.read() >= 0) {
                // wait for the benchmark to close our standard input
            }
        } catch (IOException ignored) {
            // the benchmark is gone
        } finally {
            server.stop();
        }
    }
}

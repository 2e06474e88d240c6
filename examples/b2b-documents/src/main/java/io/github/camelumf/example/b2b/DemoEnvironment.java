package io.github.camelumf.example.b2b;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.sandbox.ftp.UmfFtpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the route's beans and, in demo mode ({@code demo.sandbox.embedded=true}, the default), plays UMF and the ERP:
 * before Camel configures the {@code umf} component it starts a UMF sandbox and the sandbox's write-only FTP server
 * ({@link UmfFtpServer}, rights like UMF's: list, store, rename to a free name) in this JVM and points the component
 * and the upload at them (override properties; the FTP password is new at every start and never printed); once Camel started it registers the paying
 * enterprise (4.1), has the sandbox enable it (UMF's offline check), drops {@code demo.payments} payment folders
 * into the inbox and starts the route. Stops both servers after Camel.
 */
final class DemoEnvironment extends MainListenerSupport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);
    /** The demo FTP server's user. */
    private static final String FTP_USER = "umf-merchant";

    private final PrintStream out;
    private final Runnable done;
    private UploadJournal journal;
    private B2bEnterprise enterprise;
    private volatile UmfSandbox sandbox;
    private volatile UmfFtpServer ftp;
    private Path inbox;
    private int payments;

    DemoEnvironment(PrintStream out, Runnable done) {
        this.out = out;
        this.done = done;
    }

    UploadJournal journal() {
        return journal;
    }

    boolean embedded() {
        return sandbox != null;
    }

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        CamelContext camel = main.getCamelContext();
        PropertiesComponent properties = camel.getPropertiesComponent();
        boolean embedded = Boolean.parseBoolean(property(properties, "demo.sandbox.embedded", "true"));
        payments = embedded ? Integer.parseInt(property(properties, "demo.payments", "2")) : 0;
        inbox = Path.of(property(properties, "b2b.inbox", "target/b2b-documents/inbox"));
        int expected = embedded ? Integer.parseInt(property(properties, "demo.expected-folders",
                Integer.toString(payments))) : 0;
        journal = new UploadJournal(out, expected, done);
        enterprise = new B2bEnterprise(properties.resolveProperty("b2b.enterprise-id").orElse(null));
        camel.getRegistry().bind("uploadJournal", journal);
        camel.getRegistry().bind("b2bEnterprise", enterprise);
        camel.getRegistry().bind("paymentRequests",
                new B2bPaymentRequests(property(properties, "b2b.notify-url", "http://127.0.0.1:9/umf/notify")));
        if (!embedded) {
            camel.getRegistry().bind("enterpriseBank", new PollingEnterpriseBank(
                    Duration.parse(property(properties, "b2b.payment-poll-interval", "PT30S")),
                    Duration.parse(property(properties, "b2b.payment-timeout", "PT2H"))));
            return;
        }
        sandbox = UmfSandbox.builder().build().start();
        ftp = UmfFtpServer.start(directory(property(properties, "demo.ftp.home", "target/b2b-documents/ftp")),
                FTP_USER, newPassword(), false);
        Properties explicit = main.getOverrideProperties() == null ? new Properties() : main.getOverrideProperties();
        Map<String, String> supplied = new LinkedHashMap<>();
        supplied.put("camel.component.umf.environment", "SANDBOX");
        supplied.put("camel.component.umf.baseUrl", sandbox.baseUrl());
        supplied.put("camel.component.umf.clientId", sandbox.clientId());
        supplied.put("camel.component.umf.clientSecret", sandbox.clientSecret());
        supplied.put("camel.component.umf.privateKey", sandbox.keys().merchantPrivateKeyPkcs1Pem());
        supplied.put("camel.component.umf.umfPublicKey", sandbox.keys().umfCertificatePem());
        supplied.put("b2b.documents-uri", "ftp://" + FTP_USER + "@127.0.0.1:" + ftp.port() + "/?passiveMode=true");
        supplied.put("b2b.ftp.password", ftp.password());
        supplied.forEach((key, value) -> {
            if (explicit.getProperty(key) == null) {
                properties.addOverrideProperty(key, value);
            }
        });
        camel.getRegistry().bind("enterpriseBank", new SandboxEnterpriseBank(sandbox));
        LOG.info("Embedded UMF sandbox at {} and write-only FTP server at 127.0.0.1:{} (home {})", sandbox.baseUrl(),
                ftp.port(), ftp.directory());
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        if (sandbox == null) {
            return;
        }
        CamelContext camel = main.getCamelContext();
        try (ProducerTemplate template = camel.createProducerTemplate()) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMddHHmmss"));
            Exchange registered = template.request("umf:enterprise/register",
                    e -> e.getMessage().setBody(enterpriseRegistration("E" + stamp)));
            if (registered.getException() != null) {
                throw new IllegalStateException("enterprise/register failed", registered.getException());
            }
            String self = String.valueOf(registered.getMessage().getHeader(UmfConstants.LINKS, Map.class).get("self"));
            String id = self.substring(self.lastIndexOf('/') + 1);
            sandbox.trade().enterprises().enable(id); // UMF checked the enterprise's documents offline
            enterprise.registered(id);
            List<String> dropped = DemoDocuments.drop(inbox, "B2B" + stamp, payments, "C" + stamp);
            LOG.info("Enterprise registered and enabled; {} payment folders dropped into {}", dropped.size(), inbox);
            camel.getRouteController().startRoute(B2bDocumentRoutes.ROUTE_ID);
        } catch (Exception e) {
            throw new IllegalStateException("preparing the demo failed", e);
        }
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        close();
    }

    @Override
    public void close() {
        UmfFtpServer runningFtp = ftp;
        ftp = null;
        if (runningFtp != null) {
            runningFtp.close();
        }
        UmfSandbox running = sandbox;
        sandbox = null;
        if (running != null) {
            running.stop();
        }
    }

    /** The registration of 4.1 (the enterprise that pays; UMF enables it after checking its papers offline). */
    private static Map<String, Object> enterpriseRegistration(String externalId) {
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("external_enterprise_id", externalId);
        enterprise.put("enterprise_name", "Demo Trading Co., Ltd.");
        enterprise.put("enterprise_phone", "13241359611");
        enterprise.put("enterprise_email", "treasury@demo-trading.example");
        enterprise.put("enterprise_contact", "Treasury");
        enterprise.put("busi_type", "GFHG");
        enterprise.put("enterprise_code", "91110000" + externalId.substring(externalId.length() - 6));
        return Map.of("enterprise_qualification", enterprise);
    }

    private static Path directory(String path) {
        try {
            return Files.createDirectories(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path, e);
        }
    }

    /** A password for the demo's FTP user, new at every start and never printed. */
    private static String newPassword() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private static String property(PropertiesComponent properties, String key, String fallback) {
        return properties.resolveProperty(key).orElse(fallback).trim();
    }
}

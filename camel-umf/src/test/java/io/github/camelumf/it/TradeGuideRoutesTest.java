package io.github.camelumf.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.B2bOrder;
import io.github.camelumf.model.EnterpriseQualification;
import io.github.camelumf.model.PaymentConfirmation;
import io.github.camelumf.model.RemittanceResult;
import io.github.camelumf.model.TuitionFiles;
import io.github.camelumf.model.TuitionOrderStatus;
import io.github.camelumf.model.UploadedFile;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelumf.it.TradeRequests.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code of the user guide's sections "B2B enterprise and B2B payment", "Uploading proof files (multipart)" and
 * "Outward remittance and tuition transfer", as the guide shows it, run against the sandbox.
 */
class TradeGuideRoutesTest extends SandboxTestSupport {

    /** Generous: the file consumer polls every 500 ms, but the machine may be loaded. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path folder;

    @Test
    void enterpriseIsRegisteredAndEnabledAsTheGuideShows() {
        String externalId = unique("E");
        Map<String, Object> enterprise = TradeRequests.enterprise(externalId);

        // user guide: B2B enterprise and B2B payment
        // tag::guide-b2b-enterprise[]
        Exchange registered = template.request("umf:enterprise/register", e -> e.getMessage().setBody(enterprise));
        String self = registered.getMessage().getHeader(UmfConstants.LINKS, Map.class).get("self").toString();
        String enterpriseId = self.substring(self.lastIndexOf('/') + 1);
        // ... UMF checks the enterprise's documents ...
        EnterpriseQualification status = template.requestBodyAndHeader("umf:enterprise/get", null,
            UmfConstants.ENTERPRISE_ID, enterpriseId, EnterpriseQualification.class);   // DISABLE, then ENABLE
        // end::guide-b2b-enterprise[]

        assertThat(registered.getException()).isNull();
        assertThat(status.getExternalEnterpriseId()).isEqualTo(externalId);
        assertThat(status.getEnterpriseStatus()).isEqualTo("DISABLE");
        SANDBOX.sandbox().trade().enterprises().enable(enterpriseId);
        assertThat(template.requestBodyAndHeader("umf:enterprise/get", null, UmfConstants.ENTERPRISE_ID, enterpriseId,
                EnterpriseQualification.class).getEnterpriseStatus()).isEqualTo("ENABLE");
    }

    @Test
    void b2bBatchIsPaidAsTheGuideShows() {
        template.requestBody("umf:b2b/qualification", TradeRequests.qualification(unique("C")));
        String batch = unique("B");
        String account = unique("6222");
        Map<String, Object> payee = TradeRequests.payee(account, "Bank Corporation");
        List<Map<String, Object>> details = List.of(TradeRequests.b2bOrderDetail(batch, unique("O"), "100.25"),
                TradeRequests.b2bOrderDetail(batch, unique("O"), "50"));

        // user guide: B2B enterprise and B2B payment
        // tag::guide-b2b-payment[]
        template.requestBody("umf:b2b/payee", payee);                  // once per payee account
        for (Map<String, Object> detail : details) {                   // the batch's orders: mer_batchno, Damount, ...
            template.requestBody("umf:b2b/orderDetail", detail);
        }
        Map<String, Object> confirmation = Map.of("mer_batchno", batch,
            "payee_account", account,                                  // plain text: encrypted for you
            "business_code", "01122030", "currency", "USD", "val_pattern", "FOREIGN_VALUATION",
            "remit_information", "invoice 2026-117", "Oamount", "150.25", "cost_way", "UN_FULL_AMOUNT");
        PaymentConfirmation confirmed = template.requestBody("umf:b2b/confirm", confirmation,
            PaymentConfirmation.class);                                // the id is read from its self link
        B2bOrder slip = template.requestBodyAndHeader("umf:b2b/orderQuery", null,
            UmfConstants.PAYMENT_ID, confirmed.getPaymentId(), B2bOrder.class);
        // end::guide-b2b-payment[]

        assertThat(confirmed.getPaymentId()).startsWith("PAY_");
        assertThat(slip.getPayAmt()).isEqualByComparingTo("150.25");
        assertThat(slip.getCurrency()).isEqualTo("USD");
    }

    @Test
    void proofFilesAreUploadedFromAFolderAsTheGuideShows() throws Exception {
        Path identities = Files.createDirectories(folder.resolve("identities"));
        context.getPropertiesComponent().addOverrideProperty("proofs.identities", identities.toString());
        BlockingQueue<Exchange> uploaded = new LinkedBlockingQueue<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:uploaded").process(uploaded::add);

                // user guide: Uploading proof files (multipart)
                // tag::guide-file-upload[]
                from("file:{{proofs.identities}}?delete=true")             // CamelFileName names the part
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/pdf"))
                    .to("umf:file/upload")                                 // body: UploadedFile
                    .log("${header.CamelFileName} stored by UMF as ${body.data}")
                    .to("direct:uploaded");
                // end::guide-file-upload[]
            }
        });
        byte[] content = "%PDF-1.4 identity".getBytes(StandardCharsets.UTF_8);
        Path incoming = folder.resolve("identities-incoming.pdf");
        Files.write(incoming, content);
        Files.move(incoming, identities.resolve("passport.pdf"));

        Exchange done = uploaded.poll(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(done).as("the file was picked up and uploaded").isNotNull();
        String stored = done.getMessage().getBody(UploadedFile.class).getData();
        assertThat(SANDBOX.sandbox().trade().files().stored(stored).fileName()).isEqualTo("passport.pdf");
        assertThat(SANDBOX.sandbox().trade().files().stored(stored).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void remittanceIsSentAsTheGuideShows() {
        String batch = unique("R");
        String account = unique("6222");
        Map<String, Object> payee = TradeRequests.payee(account, "Levi Strauss");
        List<Map<String, Object>> orderItems = List.of(TradeRequests.orderItem(batch, unique("O"), "120", "2", "240"),
                TradeRequests.orderItem(batch, unique("O"), "10.50", "2", "21"));
        Map<String, Object> confirmation = TradeRequests.confirm(batch, account, "261.00", "CNY_VALUATION");

        // user guide: Outward remittance and tuition transfer
        // tag::guide-remittance[]
        template.requestBody("umf:remittance/payee", payee);
        for (Map<String, Object> item : orderItems) {   // goods_unitPrice x goods_sum = Damount: checked before sending
            template.requestBody("umf:remittance/orderItem", item);
        }
        PaymentConfirmation confirmed = template.requestBody("umf:remittance/confirm", confirmation,
            PaymentConfirmation.class);                                // Oamount: the sum of the items' Damount
        RemittanceResult result = template.requestBodyAndHeader("umf:remittance/status", null,
            UmfConstants.PAYMENT_ID, confirmed.getPaymentId(), RemittanceResult.class);
        // result.getTransferFee(), result.getExchangeRate()
        // end::guide-remittance[]

        assertThat(confirmed.getPaymentId()).startsWith("PAY_");
        assertThat(result.getExchangeRate()).isPositive();
        assertThat(result.getTransferFee()).isNotNull();
    }

    @Test
    void tuitionTransferFromAnUploadedProofAsTheGuideShows() throws Exception {
        Path proofs = Files.createDirectories(folder.resolve("proofs"));
        context.getPropertiesComponent().addOverrideProperty("proofs.tuition", proofs.toString());
        TuitionOrders orders = new TuitionOrders();
        BlockingQueue<Exchange> ordered = new LinkedBlockingQueue<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:awaitReview").process(ordered::add);

                // user guide: Outward remittance and tuition transfer
                // tag::guide-tuition-transfer[]
                from("file:{{proofs.tuition}}?delete=true")                // the student's proof of enrolment
                    .to("umf:tuition/uploadFiles")                         // body: TuitionFiles (file_path)
                    .bean(orders, "order")                                 // your bean: the order Map, file_path in it
                    .to("umf:tuition/order")                               // body: PaymentConfirmation
                    .to("direct:awaitReview");                             // then umf:tuition/status
                // end::guide-tuition-transfer[]
            }
        });
        Path incoming = folder.resolve("offer-incoming.pdf");
        Files.write(incoming, "%PDF-1.4 offer".getBytes(StandardCharsets.UTF_8));
        Files.move(incoming, proofs.resolve("offer.pdf"));

        Exchange done = ordered.poll(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(done).as("the proof was uploaded and the order sent").isNotNull();
        assertThat(done.getException()).isNull();
        String paymentId = done.getMessage().getBody(PaymentConfirmation.class).getPaymentId();
        assertThat(orders.filePaths).hasSize(1);
        assertThat(SANDBOX.sandbox().trade().files().stored(orders.filePaths.get(0)).fileName()).isEqualTo("offer.pdf");
        SANDBOX.sandbox().trade().tuition().approve(paymentId, "approved");
        TuitionOrderStatus status = template.requestBodyAndHeader("umf:tuition/status", null, UmfConstants.PAYMENT_ID,
                paymentId, TuitionOrderStatus.class);
        assertThat(status.getVerifyStatus()).isEqualTo("201");
    }

    /** The application's own bean of the guide's tuition route: the order of the student whose proof came. */
    public static final class TuitionOrders {
        final List<String> filePaths = new java.util.concurrent.CopyOnWriteArrayList<>();

        public Map<String, Object> order(TuitionFiles uploaded) {
            filePaths.add(uploaded.getFilePath());
            return TradeRequests.tuitionOrder(unique("T"), uploaded.getFilePath());
        }
    }
}

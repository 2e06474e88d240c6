package io.github.camelumf.example.b2b;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo mode's ERP: drops payment folders into the inbox the way an ERP should, each written in a hidden staging
 * folder ({@code <inbox>/.incoming/}) and moved into the inbox in one step, so the route never sees half a folder.
 * Each holds a contract and an invoice (small one-page PDFs), one also a packing list, and its
 * {@code payment.properties}.
 */
public final class DemoDocuments {

    private DemoDocuments() {
    }

    /**
     * Writes {@code count} payment folders named {@code <prefix>01}, {@code <prefix>02}, ...
     *
     * @return the folders' names (the payments' mer_reference_ids)
     */
    public static List<String> drop(Path inbox, String prefix, int count, String externalCustomerId) {
        List<String> references = new ArrayList<>();
        try {
            Path staging = inbox.resolve(".incoming");
            Files.createDirectories(staging);
            for (int i = 1; i <= count; i++) {
                String reference = prefix + String.format("%02d", i);
                Path folder = Files.createDirectories(staging.resolve(reference));
                Map<String, String> documents = new LinkedHashMap<>();
                documents.put("contract.pdf", "Sales contract " + reference);
                documents.put("invoice.pdf", "Commercial invoice " + reference);
                if (i % 2 == 0) {
                    documents.put("packing-list.pdf", "Packing list " + reference);
                }
                for (Map.Entry<String, String> document : documents.entrySet()) {
                    Files.write(folder.resolve(document.getKey()), pdf(document.getValue()));
                }
                Files.writeString(folder.resolve(PaymentFolder.ORDER_FILE), """
                        # the B2B payment of this folder (reference 4.3); the folder's name is its mer_reference_id
                        amount = %d.50
                        currency = USD
                        bank_code = BOC
                        external_customer_id = %s
                        invoice_id = INV%s
                        goods_name = machine parts
                        goods_type = ELECTRONIC
                        """.formatted(1000 * i, externalCustomerId, reference.substring(reference.length() - 6)),
                        StandardCharsets.UTF_8);
                Files.move(folder, inbox.resolve(reference), StandardCopyOption.ATOMIC_MOVE);
                references.add(reference);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's payment folders", e);
        }
        return references;
    }

    /** A one-page PDF showing {@code text} (ASCII). */
    static byte[] pdf(String text) {
        String content = "BT /F1 18 Tf 72 720 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        write(pdf, "%PDF-1.4\n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.size()));
            write(pdf, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int start = pdf.size();
        write(pdf, xref + "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + start
                   + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}

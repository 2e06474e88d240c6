package io.github.camelumf.b2b;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelumf.error.UmfValidationException;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body forms of b2b/uploadDocuments, and what is refused before anything is connected. */
class DocumentBodyTest {

    @TempDir
    Path folder;

    @Test
    void directoryGivesItsRegularFilesByNameWithoutHiddenOnesOrSubdirectories() throws Exception {
        Files.writeString(folder.resolve("invoice.pdf"), "i");
        Files.writeString(folder.resolve("contract.pdf"), "c");
        Files.writeString(folder.resolve(".DS_Store"), "x");
        Files.createDirectories(folder.resolve(".done"));

        assertThat(names(DocumentBody.entries(folder))).containsExactly("contract.pdf", "invoice.pdf");
        assertThat(names(DocumentBody.entries(folder.toFile()))).containsExactly("contract.pdf", "invoice.pdf");
    }

    @Test
    void listOfFilesPathsAndGenericFilesKeepsItsOrder() throws Exception {
        File invoice = Files.writeString(folder.resolve("invoice.pdf"), "i").toFile();
        Path contract = Files.writeString(folder.resolve("contract.pdf"), "c");
        Path extra = Files.writeString(folder.resolve("extra.txt"), "e");
        GenericFile<File> generic = new GenericFile<>();
        generic.setFile(extra.toFile());
        generic.setFileNameOnly("extra.txt");

        assertThat(names(DocumentBody.entries(List.of(invoice, contract, generic))))
                .containsExactly("invoice.pdf", "contract.pdf", "extra.txt");
        assertThat(names(DocumentBody.entries(new Object[] {contract}))).containsExactly("contract.pdf");
    }

    @Test
    void mapNamesEachEntryWhateverItsContent() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b-contract.pdf", new ByteArrayInputStream("c".getBytes(StandardCharsets.UTF_8)));
        map.put("a-invoice.pdf", "i".getBytes(StandardCharsets.UTF_8));
        map.put("renamed.txt", Files.writeString(folder.resolve("original.txt"), "o"));

        assertThat(names(DocumentBody.entries(map))).containsExactly("b-contract.pdf", "a-invoice.pdf", "renamed.txt");
    }

    @Test
    void emptyDocumentsAreRefusedWhateverTheirForm() throws Exception {
        assertThatThrownBy(() -> DocumentBody.entries(Map.of("a.pdf", new byte[0])))
                .isInstanceOf(UmfValidationException.class).hasMessageContaining("document a.pdf is empty");
        assertThatThrownBy(() -> DocumentBody.entries(Map.of("s.pdf", new ByteArrayInputStream(new byte[0]))))
                .hasMessageContaining("document s.pdf is empty");
        Path empty = Files.createFile(folder.resolve("empty.pdf"));
        assertThatThrownBy(() -> DocumentBody.entries(List.of(empty))).hasMessageContaining("document empty.pdf is empty");
    }

    @Test
    void badFormsNamesAndDuplicatesAreRefused() throws Exception {
        assertThatThrownBy(() -> DocumentBody.entries(null)).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("must be the documents");
        assertThatThrownBy(() -> DocumentBody.entries("contract.pdf")).hasMessageContaining("must be the documents");
        assertThatThrownBy(() -> DocumentBody.entries(List.of())).hasMessageContaining("holds no document");
        assertThatThrownBy(() -> DocumentBody.entries(Files.createDirectories(folder.resolve("none"))))
                .hasMessageContaining("holds no document");
        assertThatThrownBy(() -> DocumentBody.entries(Map.of("../contract.pdf", new byte[1])))
                .hasMessageContaining("must be a plain file name");
        assertThatThrownBy(() -> DocumentBody.entries(Map.of("a.pdf", "text"))).hasMessageContaining("not String");
        Map<String, Object> twice = new LinkedHashMap<>();
        twice.put("Invoice.pdf", new byte[1]);
        twice.put("invoice.PDF", new byte[1]);
        assertThatThrownBy(() -> DocumentBody.entries(twice)).hasMessageContaining("two documents named invoice.PDF");
        assertThatThrownBy(() -> DocumentBody.entries(List.of(folder.resolve("missing.pdf"))))
                .hasMessageContaining("missing.pdf is not a regular file");
    }

    @Test
    void contractAndInvoiceAreFoundByTheirPatterns() {
        List<DocumentEntry> entries = DocumentBody.entries(Map.of("Contract-42.pdf", new byte[1], "INVOICE.pdf",
                new byte[1]));
        new RequiredDocuments(null, null).check(entries);
        assertThatThrownBy(() -> new RequiredDocuments("hetong.*", null).check(entries))
                .isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("must include the contract (section 4.4): no document name matches contractPattern"
                                      + " hetong.*");
        assertThatThrownBy(() -> new RequiredDocuments(null, "(")).hasMessageContaining("Option 'invoicePattern'");
        new RequiredDocuments(".*(contract|合同).*", ".*(?i:invoice|发票).*")
                .check(DocumentBody.entries(Map.of("合同.pdf", new byte[1], "发票.pdf", new byte[1])));
    }

    private static List<String> names(List<DocumentEntry> entries) {
        return entries.stream().map(DocumentEntry::name).toList();
    }
}

package io.github.camelumf.operation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Operations" table of docs/reference.md lists exactly the implemented producer rows, with method and path (for
 * the FTP row: "FTP" and the option naming the server, documentsUri).
 */
class ReferenceOperationsTableTest {

    @Test
    void operationsTableListsTheImplementedRows() throws Exception {
        String reference = Files.readString(Path.of("..", "docs", "reference.md"));
        String section = reference.substring(reference.indexOf("## Operations"), reference.indexOf("## Exceptions"));
        List<String> documented = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `umf:") && !line.contains("(consumer)") && !line.contains("(catch-all)")) {
                String[] cells = line.split("\\|");
                documented.add(cells[1].trim().replace("`", "").substring(4) + " " + cells[2].trim() + " "
                               + cells[3].trim());
            }
        }

        List<String> implemented = UmfOperations.implemented().stream()
                .filter(o -> o.kind() == OperationKind.JSON || o.kind() == OperationKind.STREAM
                             || o.kind() == OperationKind.MULTIPART || o.kind() == OperationKind.FTP)
                .map(o -> o.kind() == OperationKind.FTP ? o.endpointName() + " FTP documentsUri"
                        : o.endpointName() + " " + o.method() + (o.kind() == OperationKind.MULTIPART ? " multipart" : "")
                          + " " + o.path())
                .toList();
        assertThat(documented).containsExactlyElementsOf(implemented);
    }
}

package io.github.camelumf.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.camelumf.operation.OperationParameter.Location;
import io.github.camelumf.operation.UmfOperation.HttpMethod;
import io.github.camelumf.security.FieldPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog says what operations.md says: every producer row of the copy in the test resources is a catalog row
 * with the same endpoint name, method, kind, path, parameters (path or query, encrypted or not), result members and
 * *enc* fields; and the catalog has no producer row that operations.md lacks.
 */
class OperationCatalogConformanceTest {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)\\s*(\\(([^)]*)\\))?");

    static List<SpecOperations.Row> specRows() {
        return SpecOperations.rows();
    }

    @Test
    void operationsMdHasEveryProducerTable() {
        assertThat(specRows()).hasSize(53);
        assertThat(specRows().stream().map(SpecOperations.Row::section).distinct()).hasSize(7);
    }

    @Test
    void catalogHasNoProducerRowThatOperationsMdLacks() {
        Set<String> documented = specRows().stream().map(SpecOperations.Row::endpoint).collect(Collectors.toSet());
        List<String> producers = UmfOperations.all().stream()
                .filter(o -> o.kind() != OperationKind.CONSUMER && o.kind() != OperationKind.RAW)
                .map(UmfOperation::endpointName).toList();
        assertThat(producers).containsExactlyInAnyOrderElementsOf(documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specRows")
    void rowMatchesOperationsMd(SpecOperations.Row spec) {
        UmfOperation row = UmfOperations.byEndpointName(spec.endpoint()).orElseThrow(
                () -> new AssertionError("no catalog row for umf:" + spec.endpoint()));

        assertThat(row.kind()).as("kind").isEqualTo(expectedKind(spec));
        assertThat(row.method()).as("HTTP method").isEqualTo(expectedMethod(spec));
        assertThat(row.path()).as("path").isEqualTo(spec.path().isEmpty() ? null : spec.path());
        assertParameters(spec, row);
        assertThat(row.resultMembers()).as("result members").isEqualTo(expectedResult(spec));
        assertThat(encryptedOf(row)).as("*enc* fields").isEqualTo(expectedEncrypted(spec));
    }

    /** Its row says POST; issue 8 makes it a multipart upload of the proof files, like file/upload (3.59). */
    private static final String TUITION_UPLOAD = "tuition/uploadFiles";

    private static OperationKind expectedKind(SpecOperations.Row spec) {
        if (spec.http().startsWith("FTP")) {
            return OperationKind.FTP;
        }
        if (spec.http().contains("multipart") || TUITION_UPLOAD.equals(spec.endpoint())) {
            return OperationKind.MULTIPART;
        }
        return spec.result().startsWith("file stream") ? OperationKind.STREAM : OperationKind.JSON;
    }

    private static HttpMethod expectedMethod(SpecOperations.Row spec) {
        if (spec.http().startsWith("FTP")) {
            return null;
        }
        return HttpMethod.valueOf(spec.http().split(" ")[0]);
    }

    private static void assertParameters(SpecOperations.Row spec, UmfOperation row) {
        List<String> options = new ArrayList<>();
        List<Boolean> encrypted = new ArrayList<>();
        Matcher m = PARAMETER.matcher(spec.params());
        while (m.find()) {
            options.add(m.group(1));
            encrypted.add(m.group(3) != null && m.group(3).contains("encrypted"));
        }
        assertThat(row.parameters()).extracting(OperationParameter::option).as("parameters").isEqualTo(options);
        assertThat(row.parameters()).extracting(OperationParameter::encrypted).as("encrypted parameters")
                .isEqualTo(encrypted);
        long placeholders = row.path() == null ? 0 : row.path().chars().filter(c -> c == '{').count();
        List<OperationParameter> inPath = row.parameters().stream().filter(p -> p.location() == Location.PATH).toList();
        assertThat(inPath).as("path parameters").hasSize((int) placeholders);
        for (OperationParameter parameter : inPath) {
            assertThat(row.path()).contains(parameter.placeholder());
            assertThat(parameter.required()).isTrue();
        }
    }

    private static List<String> expectedResult(SpecOperations.Row spec) {
        if (spec.result().startsWith("file stream") || spec.result().startsWith("file name")) {
            return List.of();
        }
        return SpecOperations.list(spec.result());
    }

    private static List<String> expectedEncrypted(SpecOperations.Row spec) {
        if (!spec.hasEncryptedColumn()) {
            return List.of();
        }
        String cell = spec.last();
        if (cell.startsWith("as ")) {
            return encryptedOf(UmfOperations.byEndpointName(cell.substring(3).trim()).orElseThrow());
        }
        return FieldPaths.parse(cell);
    }

    /** The body's *enc* fields, then the encrypted query parameters. */
    private static List<String> encryptedOf(UmfOperation row) {
        List<String> fields = new ArrayList<>(row.encryptedFields());
        row.parameters().stream().filter(OperationParameter::encrypted).forEach(p -> fields.add(p.wireName()));
        return fields;
    }
}

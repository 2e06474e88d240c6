package io.github.camelumf.operation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.model.StatementSummaries;
import io.github.camelumf.model.UploadedFile;
import io.github.camelumf.operation.UmfOperation.HttpMethod;
import io.github.camelumf.statement.StatementFormat;
import io.github.camelumf.validation.BodyRules;

/** Statements and files (3.20-3.25, 3.59): the fifth table of operations.md. Issue 7. */
public final class StatementOperations {

    private static final String PENDING = "issue 7 (statements and files): not implemented yet";

    public static final UmfOperation SETTLEMENT_STATEMENT = UmfOperation
            .get("settlement/statement", "/payments/reconciliation_statement")
            .param(OperationParameter.query("settle_date", "settleDate").asRequired())
            .queryParam("page_number", "pageNumber").queryParam("page_size", "pageSize")
            .result(StatementSummaries.class, "reconciliations").paged().build();

    public static final UmfOperation SETTLEMENT_DOWNLOAD = UmfOperation
            .of("settlement/download", OperationKind.STREAM, HttpMethod.GET, "/payments/statement_download")
            .param(OperationParameter.query("settle_date", "settleDate").asRequired())
            .file(StatementFormat.SETTLEDETAIL, "settleDate").build();

    public static final UmfOperation TRANSACTIONS_LIST = UmfOperation.get("transactions/list", "/payments/transactions")
            .param(OperationParameter.query("mer_date", "merDate").asRequired())
            .queryParam("page_number", "pageNumber").queryParam("page_size", "pageSize")
            .result(StatementSummaries.class, "transactions").paged().build();

    public static final UmfOperation TRANSACTIONS_DOWNLOAD = UmfOperation
            .of("transactions/download", OperationKind.STREAM, HttpMethod.GET, "/payments/transactions_download")
            .param(OperationParameter.query("settle_date", "settleDate").asRequired())
            .file(StatementFormat.TRANSDETAIL, "settleDate").build();

    public static final UmfOperation SETTLE_MONTH_CREATE = UmfOperation
            .post("settleMonth/create", "/payments/settle_month_create")
            .result(JsonNode.class, "settle_month_file", "links").rules(BodyRules.SETTLE_MONTH).build();

    public static final UmfOperation SETTLE_MONTH_DOWNLOAD = UmfOperation
            .of("settleMonth/download", OperationKind.STREAM, HttpMethod.GET, "/payments/{file_id}/settle_month_file_download")
            .pathParam("file_id", "fileId").fromLink("fileId", "settleMonthFileDownLoad")
            .file(StatementFormat.MONTHLYBILL, null).build();

    public static final UmfOperation FILE_UPLOAD = UmfOperation
            .of("file/upload", OperationKind.MULTIPART, HttpMethod.POST, "/file/upload")
            .wholeResult(UploadedFile.class, "data").build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS = List.of(SETTLEMENT_STATEMENT, SETTLEMENT_DOWNLOAD, TRANSACTIONS_LIST,
            TRANSACTIONS_DOWNLOAD, SETTLE_MONTH_CREATE, SETTLE_MONTH_DOWNLOAD, FILE_UPLOAD);

    private StatementOperations() {
    }
}

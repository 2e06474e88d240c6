package io.github.camelumf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfStatementNotReadyException;
import io.github.camelumf.http.UmfApiClient;
import io.github.camelumf.http.UmfDownload;
import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.metrics.UmfMetrics;
import io.github.camelumf.operation.UmfOperation;
import io.github.camelumf.statement.CheckedStatementStream;
import io.github.camelumf.statement.Statement;
import io.github.camelumf.statement.StatementExpectation;
import io.github.camelumf.statement.StatementFormat;
import io.github.camelumf.statement.StatementHeader;
import io.github.camelumf.statement.StatementOutput;
import io.github.camelumf.statement.StatementReader;
import io.github.camelumf.statement.StatementSummary;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The producer's path for STREAM rows (statement downloads): downloads the row's file as a stream and puts it into
 * the body as the {@code outputType} option says (records, statement or stream), checked as it is read. UMF's JSON
 * answer instead of a file is "not ready" ({@code 00280059}, or an empty body:
 * {@link UmfStatementNotReadyException}) or a refusal ({@link UmfApiException}). The download is closed when it was
 * read to its end, when the exchange fails, or by whoever closes the body (a {@code StatementReader} or
 * {@code InputStream} body that is neither read nor closed holds its HTTP connection, like an S3 object stream).
 */
final class StatementDownloader {

    /** "The file is not exist." */
    static final String FILE_NOT_EXIST = "00280059";

    private final UmfOperation operation;
    private final StatementOutput output;
    private final Charset charset;
    private final String merchantId;

    StatementDownloader(UmfOperation operation, UmfConfiguration configuration) {
        this.operation = operation;
        this.output = configuration.getOutputType() == null ? StatementOutput.RECORDS : configuration.getOutputType();
        this.charset = charset(configuration.getCharset());
        this.merchantId = configuration.getStatementMerchantId();
    }

    /**
     * Downloads the file and puts it into the body; the records read count in {@code umf.statement.records} (tag
     * {@code operation}) once the file was read to its end and passed the check.
     */
    void download(Exchange exchange, UmfApiClient client, String[] values, String[] queryValues, UmfMetrics metrics) {
        Message message = exchange.getMessage();
        UmfDownload download = client.download(operation.endpointName(), operation.pathOf(values),
                operation.query(queryValues));
        message.setHeader(UmfConstants.HTTP_STATUS, download.status());
        if (!download.isFile()) {
            throw refusal(download.answer());
        }
        InputStream file = download.file();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onFailure(Exchange done) {
                closeQuietly(file);
            }
        });
        StatementFormat<?> format = operation.fileFormat();
        StatementExpectation expected = new StatementExpectation(expectedDate(values), merchantId);
        message.setHeader(UmfConstants.STATEMENT_FORMAT, format.name());
        switch (output) {
            case STREAM -> message.setBody(CheckedStatementStream.of(format, file, charset, expected)
                    .onEnd(summary -> recordsRead(metrics, summary)));
            case STATEMENT -> {
                Statement<?> statement;
                try (StatementReader<?> reader = format.open(file, charset, expected)) {
                    statement = reader.readAll();
                }
                headers(message, statement.header());
                summary(message, statement.summary());
                recordsRead(metrics, statement.summary());
                message.setBody(statement);
            }
            default -> {
                StatementReader<?> reader = format.open(file, charset, expected);
                headers(message, reader.header());
                reader.onEnd(summary -> {
                    summary(message, summary);
                    recordsRead(metrics, summary);
                });
                message.setBody(reader);
            }
        }
    }

    private void recordsRead(UmfMetrics metrics, StatementSummary summary) {
        metrics.statementRecordsRead(operation.endpointName(), summary.recordCount());
    }

    private String expectedDate(String[] values) {
        if (operation.fileDateOption() == null) {
            return null;
        }
        int index = operation.parameterIndex(operation.fileDateOption());
        return index < 0 ? null : values[index];
    }

    private RuntimeException refusal(UmfResponse answer) {
        if (FILE_NOT_EXIST.equals(answer.retCode()) || answer.isSuccess()) {
            return new UmfStatementNotReadyException("The file of " + operation + " is not ready yet (ret_code "
                                                     + answer.retCode() + ")", answer.retCode());
        }
        return answer.retCode() == null
                ? UmfApiException.ofHttpStatus(operation.endpointName(), answer.status(), "no file and no UMF answer")
                : UmfApiException.of(operation.endpointName(), answer.status(), answer.retCode(), answer.retMsg());
    }

    private static void headers(Message message, StatementHeader header) {
        message.setHeader(UmfConstants.STATEMENT_MERCHANT_ID, header.merchantId());
        message.setHeader(UmfConstants.SETTLE_DATE, header.date());
    }

    static void summary(Message message, StatementSummary summary) {
        message.setHeader(UmfConstants.STATEMENT_RECORD_COUNT, summary.recordCount());
        message.setHeader(UmfConstants.STATEMENT_TOTAL, summary.total());
        message.setHeader(UmfConstants.STATEMENT_CURRENCY, summary.currency());
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name == null ? "UTF-8" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UmfConfigurationException("charset", "not a character set this JVM knows (UTF-8 or GBK)");
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // the connection is discarded either way
        }
    }
}

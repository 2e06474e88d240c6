package io.github.camelumf;

import org.apache.camel.spi.Metadata;

/**
 * The Camel message headers the UMF component reads and writes.
 */
public final class UmfConstants {

    @Metadata(description = "The UMF payment id. In: the path parameter of payment/verify, payment/execute, payment/get,"
                            + " payment/getWithRefunds, payment/updateExpress, refund/create and refund/async (overrides"
                            + " the paymentId option)."
                            + " Out (and on notifications): the id of the payment in the result; for a refund notification the"
                            + " payment the refund belongs to.",
              javaType = "String")
    public static final String PAYMENT_ID = "CamelUmfPaymentId";

    @Metadata(description = "The UMF refund id. In: the path parameter of refund/get (overrides the refundId option)."
                            + " Out: the id of the refund in the result.",
              javaType = "String")
    public static final String REFUND_ID = "CamelUmfRefundId";

    @Metadata(label = "producer",
              description = "The HTTP method of an umf:raw call: GET or POST (overrides the httpMethod option).",
              javaType = "String")
    public static final String HTTP_METHOD = "CamelUmfHttpMethod";

    @Metadata(label = "producer",
              description = "The path below the base URL of an umf:raw call, for example"
                            + " /payments/payment/self_account_balance (overrides the apiPath option).",
              javaType = "String")
    public static final String API_PATH = "CamelUmfApiPath";

    // customs and CIQ declarations

    @Metadata(description = "The UMF customs declaration id (CUST_...). In: the path parameter of customs/get (overrides"
                            + " the customsDeclarationId option). Out: the id of the declaration customs/apply created"
                            + " or customs/get queried.",
              javaType = "String")
    public static final String CUSTOMS_DECLARATION_ID = "CamelUmfCustomsDeclarationId";

    @Metadata(description = "The UMF CIQ (inspection) declaration id (CIQ_...). In: the path parameter of ciq/get"
                            + " (overrides the ciqDeclarationId option). Out: the id of the declaration ciq/apply created"
                            + " or ciq/get queried.",
              javaType = "String")
    public static final String CIQ_DECLARATION_ID = "CamelUmfCiqDeclarationId";

    // banks, agreements, binding, rates, WeChat

    @Metadata(label = "producer",
              description = "In: the card type of bank/list, CREDIT_CARD or DEBIT_CARD (overrides the type option).",
              javaType = "String")
    public static final String TYPE = "CamelUmfType";

    @Metadata(label = "producer",
              description = "In: the card number bank/cardBin looks up, in plain text; the component sends it encrypted"
                            + " (overrides the card option).",
              javaType = "String", secret = true)
    public static final String CARD = "CamelUmfCard";

    @Metadata(label = "producer",
              description = "In: the ISO-4217 currency of exchangeRate/get (overrides the currency option).",
              javaType = "String")
    public static final String CURRENCY = "CamelUmfCurrency";

    @Metadata(label = "producer",
              description = "In: the URL UMF sends the WeChat open_id to, for wechat/openId (overrides the notifyUrl"
                            + " option).",
              javaType = "String")
    public static final String NOTIFY_URL = "CamelUmfNotifyUrl";

    @Metadata(label = "producer",
              description = "In: the payer's id in the merchant's system, for agreement/query (overrides the"
                            + " externalCustomerId option).",
              javaType = "String")
    public static final String EXTERNAL_CUSTOMER_ID = "CamelUmfExternalCustomerId";

    @Metadata(label = "producer",
              description = "In: the payer's usr_busi_agreement_id, for agreement/query (overrides the"
                            + " usrBusiAgreementId option).",
              javaType = "String")
    public static final String USR_BUSI_AGREEMENT_ID = "CamelUmfUsrBusiAgreementId";

    @Metadata(label = "producer",
              description = "In: only the agreements of this card type, CREDIT_CARD or DEBIT_CARD, for agreement/query"
                            + " (overrides the bankType option).",
              javaType = "String")
    public static final String BANK_TYPE = "CamelUmfBankType";

    // B2B enterprise, B2B payment, outward remittance and tuition

    @Metadata(label = "producer",
              description = "The id UMF gave an enterprise registration (EQ_..., the last segment of the self link"
                            + " enterprise/register answers). In: the path parameter of enterprise/get (overrides the"
                            + " enterpriseId option).",
              javaType = "String")
    public static final String ENTERPRISE_ID = "CamelUmfEnterpriseId";

    @Metadata(label = "producer", description = "The ret_code of UMF's answer (0000 on success).", javaType = "String")
    public static final String RET_CODE = "CamelUmfRetCode";

    @Metadata(label = "producer", description = "The ret_msg of UMF's answer.", javaType = "String")
    public static final String RET_MSG = "CamelUmfRetMsg";

    @Metadata(label = "producer",
              description = "The links of UMF's answer: the next possible steps, as a map from ref (self, sms_verify,"
                            + " confirm, refund, ...) to href.",
              javaType = "java.util.Map<String, String>")
    public static final String LINKS = "CamelUmfLinks";

    @Metadata(description = "The state of the payment or refund in the result (WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_CLOSED,"
                            + " TRADE_FAIL, REFUND_PROCESS, REFUND_SUCCESS, ...).",
              javaType = "String")
    public static final String STATE = "CamelUmfState";

    @Metadata(label = "producer", description = "The HTTP status of UMF's answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelUmfHttpStatus";

    @Metadata(label = "consumer",
              description = "The kind of notification: PAYMENT (3.8), REFUND (3.49), CUSTOMS or CIQ.",
              javaType = "String")
    public static final String NOTIFICATION_TYPE = "CamelUmfNotificationType";

    @Metadata(description = "The merchant's reference (mer_reference_id) of an order. In: the payment whose documents"
                            + " b2b/uploadDocuments uploads (overrides the merReferenceId option). On notifications: the"
                            + " order or refund the notification is about.",
              javaType = "String")
    public static final String MER_REFERENCE_ID = "CamelUmfMerReferenceId";

    // --- statements and files (issue 7) ---

    @Metadata(description = "The settle date (yyyyMMdd). In: the date of settlement/statement, settlement/download and"
                            + " transactions/download (overrides the settleDate option). Out: the date of the statement"
                            + " file downloaded (its header), and of each exchange of the scheduled statement consumer.",
              javaType = "String")
    public static final String SETTLE_DATE = "CamelUmfSettleDate";

    @Metadata(label = "producer", description = "The merchant date (yyyyMMdd) of transactions/list, and the mer_date of the"
                                                + " payment whose documents b2b/uploadDocuments uploads (overrides the"
                                                + " merDate option).",
              javaType = "String")
    public static final String MER_DATE = "CamelUmfMerDate";

    @Metadata(label = "producer", description = "The page (from 1) of settlement/statement and transactions/list"
                                                + " (overrides the pageNumber option).",
              javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelUmfPageNumber";

    @Metadata(label = "producer", description = "The page size of settlement/statement and transactions/list (overrides"
                                                + " the pageSize option).",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelUmfPageSize";

    @Metadata(label = "producer", description = "The file id of settleMonth/download (overrides the fileId option).",
              javaType = "String")
    public static final String FILE_ID = "CamelUmfFileId";

    @Metadata(description = "The statement file's format: SETTLEDETAIL, TRANSDETAIL or MONTHLYBILL.", javaType = "String")
    public static final String STATEMENT_FORMAT = "CamelUmfStatementFormat";

    @Metadata(description = "The UMF merchant id in the statement file's header.", javaType = "String")
    public static final String STATEMENT_MERCHANT_ID = "CamelUmfStatementMerchantId";

    @Metadata(description = "The number of records of the statement file, checked against its trailer. Set when the file"
                            + " was read to its end (at once for outputType=STATEMENT and the scheduled consumer; when the"
                            + " iteration ends for RECORDS).",
              javaType = "Long")
    public static final String STATEMENT_RECORD_COUNT = "CamelUmfStatementRecordCount";

    @Metadata(description = "The total amount of the statement file, checked against its trailer (SETTLEDETAIL: the sum of"
                            + " foreignAmount; TRANSDETAIL: the sum of amount in CNY; MONTHLYBILL: the sum of"
                            + " reference_foreign_amount). Set with CamelUmfStatementRecordCount.",
              javaType = "java.math.BigDecimal")
    public static final String STATEMENT_TOTAL = "CamelUmfStatementTotal";

    @Metadata(description = "The currency of CamelUmfStatementTotal. Set with CamelUmfStatementRecordCount.",
              javaType = "String")
    public static final String STATEMENT_CURRENCY = "CamelUmfStatementCurrency";

    // --- B2B documents (b2b/uploadDocuments, section 4.4) ---

    @Metadata(label = "producer",
              description = "Out: the name b2b/uploadDocuments gave the document ZIP on UMF's FTP server,"
                            + " <mer_reference_id><mer_date><4-digit sequence>.zip (also the body, and with the"
                            + " endpoint's directory in CamelFileNameProduced).",
              javaType = "String")
    public static final String DOCUMENTS_FILE_NAME = "CamelUmfDocumentsFileName";

    @Metadata(label = "producer",
              description = "Out: the sequence number of the document ZIP b2b/uploadDocuments uploaded (1 for the"
                            + " payment's first upload).",
              javaType = "Integer")
    public static final String DOCUMENTS_SEQUENCE = "CamelUmfDocumentsSequence";

    @Metadata(label = "producer", description = "Out: the size in bytes of the document ZIP b2b/uploadDocuments uploaded.",
              javaType = "Long")
    public static final String DOCUMENTS_SIZE = "CamelUmfDocumentsSize";

    @Metadata(label = "producer",
              description = "Out: the SHA-256 (lower-case hex) of the document ZIP bytes b2b/uploadDocuments sent.",
              javaType = "String")
    public static final String DOCUMENTS_SHA256 = "CamelUmfDocumentsSha256";

    @Metadata(label = "producer", description = "Out: the entry names of the document ZIP, in ZIP order.",
              javaType = "java.util.List<String>")
    public static final String DOCUMENTS_ENTRIES = "CamelUmfDocumentsEntries";

    private UmfConstants() {
    }
}

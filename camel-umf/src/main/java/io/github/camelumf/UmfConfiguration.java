package io.github.camelumf;

import io.github.camelumf.security.TokenStore;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of the UMF component. Set on the component they are the defaults for every endpoint; set on an
 * endpoint URI they apply to that endpoint only.
 */
@UriParams
public class UmfConfiguration implements Cloneable {

    @UriPath(description = "The UMF API operation, for example payment/create or refund/async.",
             enums = "payment/create,payment/verify,payment/execute,payment/get,payment/getWithRefunds,"
                     + "payment/updateExpress,payment/balance,refund/create,refund/async,refund/get,refund/asyncByOrder,"
                     + "refund/query,"
                     + "bank/list,bank/cardBin,exchangeRate/get,wechat/openId,agreement/query,agreement/unbind,"
                     + "bankAgreement/unbind,bind/smsCode,bind/confirm,"
                     + "customs/apply,customs/get,customs/applyByOrder,customs/queryByOrder,"
                     + "ciq/apply,ciq/get,ciq/applyByOrder,ciq/queryByOrder,declaration/resend,"
                     + "settlement/statement,settlement/download,transactions/list,transactions/download,"
                     + "settleMonth/create,settleMonth/download,"
                     + "file/upload,"
                     + "enterprise/register,enterprise/get,b2b/qualification,b2b/qualificationQuery,b2b/payee,"
                     + "b2b/orderDetail,b2b/confirm,b2b/orderQuery,b2b/uploadDocuments,"
                     + "remittance/payee,remittance/orderItem,remittance/confirm,remittance/status,"
                     + "tuition/uploadFiles,tuition/order,tuition/status,"
                     + "raw,notification")
    @Metadata(required = true)
    private String operation;

    @UriParam(label = "security")
    private String clientId;
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    @UriParam(label = "security", secret = true)
    private String privateKey;
    @UriParam(label = "security", secret = true)
    private String privateKeyPassword;
    @UriParam(label = "security", secret = true)
    private java.security.PrivateKey merchantPrivateKey;
    @UriParam(label = "security", secret = true)
    private java.security.KeyStore merchantKeyStore;
    @UriParam(label = "security")
    private String merchantKeyAlias;
    @UriParam(label = "security", secret = true)
    private String merchantKeyPassword;
    @UriParam(label = "security")
    private String umfPublicKey;
    @UriParam(label = "security")
    private ResponseVerification responseVerification;
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureHttp;
    @UriParam(label = "security", defaultValue = "true")
    private boolean encryptSensitiveFields = true;
    @UriParam(label = "security")
    @Metadata(autowired = true)
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "security,advanced", defaultValue = "60000")
    private long tokenRefreshMargin = 60_000;
    @UriParam(label = "security,advanced")
    @Metadata(autowired = true)
    private TokenStore tokenStore;

    @UriParam(defaultValue = "UAT_CHINA")
    private UmfEnvironment environment = UmfEnvironment.UAT_CHINA;
    @UriParam
    private String baseUrl;
    @UriParam(defaultValue = "en", enums = "en,zh")
    private String acceptLanguage = "en";
    @UriParam(label = "producer")
    private String paymentId;
    @UriParam(label = "producer")
    private String refundId;
    @UriParam(label = "producer", enums = "GET,POST")
    private String httpMethod;
    @UriParam(label = "producer")
    private String apiPath;
    // customs and CIQ declarations
    @UriParam(label = "producer")
    private String customsDeclarationId;
    @UriParam(label = "producer")
    private String ciqDeclarationId;
    // banks, agreements, binding, rates, WeChat
    @UriParam(label = "producer", enums = "CREDIT_CARD,DEBIT_CARD")
    private String type;
    @UriParam(label = "producer", secret = true)
    private String card;
    @UriParam(label = "producer")
    private String currency;
    @UriParam(label = "producer")
    private String notifyUrl;
    @UriParam(label = "producer")
    private String externalCustomerId;
    @UriParam(label = "producer")
    private String usrBusiAgreementId;
    @UriParam(label = "producer", enums = "CREDIT_CARD,DEBIT_CARD")
    private String bankType;
    // B2B enterprise
    @UriParam(label = "producer")
    private String enterpriseId;
    // multipart uploads
    @UriParam(label = "producer", defaultValue = "10485760")
    private long maxUploadSize = 10_485_760L;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean throwExceptionOnFailure = true;
    // B2B documents (b2b/uploadDocuments)
    @UriParam(label = "producer")
    private String merReferenceId;
    @UriParam(label = "producer,security", secret = true)
    private String documentsUri;
    @UriParam(label = "producer,security", secret = true)
    private String documentsPassword;
    @UriParam(label = "producer", defaultValue = "(?i).*contract.*")
    private String contractPattern = io.github.camelumf.b2b.RequiredDocuments.DEFAULT_CONTRACT;
    @UriParam(label = "producer", defaultValue = "(?i).*invoice.*")
    private String invoicePattern = io.github.camelumf.b2b.RequiredDocuments.DEFAULT_INVOICE;
    @UriParam(label = "producer,advanced", defaultValue = "-1")
    private int compressionLevel = -1;
    @UriParam(label = "producer,advanced", defaultValue = "true")
    private boolean tempFileUpload = true;

    @UriParam(label = "consumer", defaultValue = "/umf/notifications")
    private String path = "/umf/notifications";
    @UriParam(label = "consumer")
    private int port;
    @UriParam(label = "consumer", defaultValue = "0.0.0.0")
    private String bindHost = "0.0.0.0";
    @UriParam(label = "consumer", defaultValue = "65536")
    private int maxBodySize = 65_536;
    @UriParam(label = "consumer")
    @Metadata(autowired = true)
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,security", defaultValue = "true")
    private boolean confirmNotifications = true;

    @UriParam(label = "advanced", defaultValue = "10000")
    private int connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000")
    private int responseTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "60000")
    private long callTimeout = 60_000;
    @UriParam(label = "advanced", defaultValue = "20")
    private int maxConnections = 20;
    @UriParam(label = "advanced", defaultValue = "3")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "200")
    private long retryInitialDelay = 200;
    @UriParam(label = "advanced", defaultValue = "5000")
    private long retryMaxDelay = 5_000;
    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer;

    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy", defaultValue = "http", enums = "http,https")
    private String proxyScheme = "http";
    @UriParam(label = "proxy", secret = true)
    private String proxyUsername;
    @UriParam(label = "proxy", secret = true)
    private String proxyPassword;

    // --- statements and files (issue 7) ---
    @UriParam(label = "producer")
    private String settleDate;
    @UriParam(label = "producer")
    private String merDate;
    @UriParam(label = "producer")
    private Integer pageNumber;
    @UriParam(label = "producer")
    private Integer pageSize;
    @UriParam(label = "producer")
    private boolean allPages;
    @UriParam(label = "producer")
    private String fileId;
    @UriParam(defaultValue = "RECORDS")
    private io.github.camelumf.statement.StatementOutput outputType = io.github.camelumf.statement.StatementOutput.RECORDS;
    @UriParam(defaultValue = "UTF-8")
    private String charset = "UTF-8";
    @UriParam
    private String statementMerchantId;
    @UriParam(label = "consumer")
    private String startDate;
    @UriParam(label = "consumer", defaultValue = "Asia/Shanghai")
    private String timeZone = "Asia/Shanghai";
    @UriParam(label = "consumer", defaultValue = "12")
    private int cutOffHour = 12;
    @UriParam(label = "consumer", defaultValue = ".camel-umf")
    private String stateDirectory = ".camel-umf";
    @UriParam(label = "consumer,advanced")
    private java.time.Clock clock;

    /** Returns a copy, so component-level settings serve as defaults without being shared. */
    public UmfConfiguration copy() {
        try {
            return (UmfConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The base URL in force: {@code baseUrl} if set, else the environment's URL (without a trailing slash). */
    public String resolveBaseUrl() {
        String url = baseUrl != null && !baseUrl.isBlank() ? baseUrl : environment == null ? null : environment.baseUrl();
        if (url == null) {
            return null;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String getOperation() {
        return operation;
    }

    /** The UMF API operation, for example payment/create or refund/async. */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getClientId() {
        return clientId;
    }

    /** The OAuth client_id UMF issued to the merchant. */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The OAuth client_secret UMF issued to the merchant. */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    /**
     * The merchant RSA private key that signs every POST: PEM text (PKCS#1 BEGIN RSA PRIVATE KEY or PKCS#8, optionally
     * encrypted) or a resource such as file:/etc/umf/merchant.pem or classpath:merchant.pem. Loaded once at start.
     */
    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public String getPrivateKeyPassword() {
        return privateKeyPassword;
    }

    /** The password of an encrypted merchant private key. */
    public void setPrivateKeyPassword(String privateKeyPassword) {
        this.privateKeyPassword = privateKeyPassword;
    }

    public java.security.PrivateKey getMerchantPrivateKey() {
        return merchantPrivateKey;
    }

    /**
     * The merchant RSA private key as a java.security.PrivateKey bean (for example read from a KeyStore by the
     * application), instead of privateKey and privateKeyPassword: no key text or password lives on as a String.
     */
    public void setMerchantPrivateKey(java.security.PrivateKey merchantPrivateKey) {
        this.merchantPrivateKey = merchantPrivateKey;
    }

    public java.security.KeyStore getMerchantKeyStore() {
        return merchantKeyStore;
    }

    /**
     * A loaded java.security.KeyStore bean (PKCS12, JKS, a hardware or cloud provider's store) that holds the merchant
     * RSA private key, instead of privateKey: the key is read from it once at start, by merchantKeyAlias with
     * merchantKeyPassword. Used when merchantPrivateKey is not set.
     */
    public void setMerchantKeyStore(java.security.KeyStore merchantKeyStore) {
        this.merchantKeyStore = merchantKeyStore;
    }

    public String getMerchantKeyAlias() {
        return merchantKeyAlias;
    }

    /**
     * The alias of the merchant private key entry in merchantKeyStore. May be left out when the store holds exactly
     * one private key entry.
     */
    public void setMerchantKeyAlias(String merchantKeyAlias) {
        this.merchantKeyAlias = merchantKeyAlias;
    }

    public String getMerchantKeyPassword() {
        return merchantKeyPassword;
    }

    /**
     * The password of the merchant private key entry in merchantKeyStore (for PKCS12 usually the store password).
     * Leave it out for stores whose keys need none.
     */
    public void setMerchantKeyPassword(String merchantKeyPassword) {
        this.merchantKeyPassword = merchantKeyPassword;
    }

    public String getUmfPublicKey() {
        return umfPublicKey;
    }

    /**
     * UMF's public key, which encrypts sensitive fields and verifies UMF's signatures: an X.509 certificate or a PEM
     * public key, as text or a resource (file:, classpath:). Loaded once at start.
     */
    public void setUmfPublicKey(String umfPublicKey) {
        this.umfPublicKey = umfPublicKey;
    }

    public ResponseVerification getResponseVerification() {
        return responseVerification;
    }

    /**
     * How UMF's answers are verified (meta.sign over the result object(s), or a Signature header if one is sent):
     * STRICT (every JSON answer with a result object must carry a valid signature), IF_PRESENT (a present signature
     * must verify) or OFF. A signature that does not verify always fails the exchange unless OFF. A downloaded
     * statement file is not refused for carrying no signature (the reference defines none on files): its Signature
     * header, when present, must verify. When not set: STRICT for LIVE_CHINA, LIVE_US and SANDBOX, IF_PRESENT for
     * UAT_CHINA and UAT_US.
     */
    public void setResponseVerification(ResponseVerification responseVerification) {
        this.responseVerification = responseVerification;
    }

    /** The verification in force: responseVerification if set, else the environment's default. */
    public ResponseVerification resolveResponseVerification() {
        if (responseVerification != null) {
            return responseVerification;
        }
        return environment == null ? ResponseVerification.STRICT : environment.defaultResponseVerification();
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Allow a plain http:// base URL, and http:// notify_url values in requests, outside the SANDBOX environment and
     * loopback addresses. Section 1.2 requires HTTPS: only for a test double behind a trusted network.
     */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public boolean isEncryptSensitiveFields() {
        return encryptSensitiveFields;
    }

    /**
     * Whether the sensitive fields of a request (card number, CVV2, validity, names, ID numbers) are encrypted with
     * the UMF public key before the request leaves. Values that already are ciphertext are left as they are.
     */
    public void setEncryptSensitiveFields(boolean encryptSensitiveFields) {
        this.encryptSensitiveFields = encryptSensitiveFields;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings for the connection to UMF (trust store, protocols). */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    /** How long (milliseconds) before its expires_in runs out an access token is replaced. */
    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    /**
     * Where the current access token is kept. The default keeps it in memory, shared by every endpoint with the same
     * base URL and client id; a cluster can plug in a shared store, since a new UMF token disables the previous one.
     */
    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public UmfEnvironment getEnvironment() {
        return environment;
    }

    /** The UMF environment: SANDBOX (set baseUrl), UAT_CHINA, LIVE_CHINA, UAT_US or LIVE_US. */
    public void setEnvironment(UmfEnvironment environment) {
        this.environment = environment;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The API base URL, for example http://127.0.0.1:8089/cberest/v1. Overrides environment. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getAcceptLanguage() {
        return acceptLanguage;
    }

    /** The language of UMF's messages: en or zh. */
    public void setAcceptLanguage(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
    }

    public String getPaymentId() {
        return paymentId;
    }

    /** The payment id for operations on one payment; the CamelUmfPaymentId header overrides it. */
    public void setPaymentId(String paymentId) {
        this.paymentId = paymentId;
    }

    public String getRefundId() {
        return refundId;
    }

    /** The refund id for refund/get; the CamelUmfRefundId header overrides it. */
    public void setRefundId(String refundId) {
        this.refundId = refundId;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    /** The HTTP method of umf:raw (GET or POST); the CamelUmfHttpMethod header overrides it. */
    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getApiPath() {
        return apiPath;
    }

    /**
     * The path below the base URL that umf:raw calls, for example /payments/payment/self_account_balance (a query
     * string may follow); the CamelUmfApiPath header overrides it.
     */
    public void setApiPath(String apiPath) {
        this.apiPath = apiPath;
    }

    // customs and CIQ declarations

    public String getCustomsDeclarationId() {
        return customsDeclarationId;
    }

    /**
     * The customs declaration id (CUST_...) for customs/get; the CamelUmfCustomsDeclarationId header overrides it.
     */
    public void setCustomsDeclarationId(String customsDeclarationId) {
        this.customsDeclarationId = customsDeclarationId;
    }

    public String getCiqDeclarationId() {
        return ciqDeclarationId;
    }

    /** The CIQ declaration id (CIQ_...) for ciq/get; the CamelUmfCiqDeclarationId header overrides it. */
    public void setCiqDeclarationId(String ciqDeclarationId) {
        this.ciqDeclarationId = ciqDeclarationId;
    }

    // banks, agreements, binding, rates, WeChat

    public String getType() {
        return type;
    }

    /** The card type whose banks bank/list lists: CREDIT_CARD or DEBIT_CARD; the CamelUmfType header overrides it. */
    public void setType(String type) {
        this.type = type;
    }

    public String getCard() {
        return card;
    }

    /**
     * The card number whose bank bank/cardBin looks up, in plain text: the component sends it encrypted. Usually
     * given per message in the CamelUmfCard header, which overrides it.
     */
    public void setCard(String card) {
        this.card = card;
    }

    public String getCurrency() {
        return currency;
    }

    /** The ISO-4217 currency whose CNY rate exchangeRate/get asks for; the CamelUmfCurrency header overrides it. */
    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getNotifyUrl() {
        return notifyUrl;
    }

    /**
     * The URL UMF sends the payer's WeChat open_id to, for wechat/openId (sent URL-encoded); the CamelUmfNotifyUrl
     * header overrides it.
     */
    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    public String getExternalCustomerId() {
        return externalCustomerId;
    }

    /** The payer's id in the merchant's system, for agreement/query; the CamelUmfExternalCustomerId header overrides it. */
    public void setExternalCustomerId(String externalCustomerId) {
        this.externalCustomerId = externalCustomerId;
    }

    public String getUsrBusiAgreementId() {
        return usrBusiAgreementId;
    }

    /**
     * The payer's business agreement id (usr_busi_agreement_id), for agreement/query; the CamelUmfUsrBusiAgreementId
     * header overrides it.
     */
    public void setUsrBusiAgreementId(String usrBusiAgreementId) {
        this.usrBusiAgreementId = usrBusiAgreementId;
    }

    public String getBankType() {
        return bankType;
    }

    /**
     * Only the agreements of this card type, for agreement/query: CREDIT_CARD or DEBIT_CARD; the CamelUmfBankType
     * header overrides it.
     */
    public void setBankType(String bankType) {
        this.bankType = bankType;
    }

    // B2B enterprise

    public String getEnterpriseId() {
        return enterpriseId;
    }

    /**
     * The id UMF gave an enterprise registration (EQ_..., the last segment of enterprise/register's self link) for
     * enterprise/get; the CamelUmfEnterpriseId header overrides it.
     */
    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    // multipart uploads

    public long getMaxUploadSize() {
        return maxUploadSize;
    }

    /**
     * The largest file file/upload and tuition/uploadFiles send, in bytes (default 10 MiB; the reference states no
     * limit): a larger body is refused before anything is sent.
     */
    public void setMaxUploadSize(long maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    /**
     * Whether a refusal by UMF (ret_code other than 0000) fails the exchange with a UmfApiException. When false the
     * exchange carries UMF's answer and the CamelUmfRetCode and CamelUmfRetMsg headers instead.
     */
    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    // B2B documents (b2b/uploadDocuments)

    public String getMerReferenceId() {
        return merReferenceId;
    }

    /**
     * The mer_reference_id of the payment whose documents b2b/uploadDocuments uploads (4 to 32 letters, digits, '-',
     * '_' or '.'); the CamelUmfMerReferenceId header overrides it.
     */
    public void setMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
    }

    public String getDocumentsUri() {
        return documentsUri;
    }

    /**
     * Where b2b/uploadDocuments uploads the document ZIP: the camel-ftp endpoint URI of UMF's FTP server and
     * directory, with the scheme ftp, ftps or sftp and any camel-ftp option (passiveMode, soTimeout, knownHostsFile,
     * strictHostKeyChecking, privateKeyFile, sslContextParameters, ...), for example
     * sftp://merchant@ftp.example.com:22/upload?knownHostsFile=/etc/umf/known_hosts. Inside an umf: URI wrap the
     * whole value in RAW(...). Give the password in documentsPassword; a password (or key passphrase) in this URI is
     * taken out before the camel-ftp endpoint is created, and never logged nor put in an exception message.
     */
    public void setDocumentsUri(String documentsUri) {
        this.documentsUri = documentsUri;
    }

    public String getDocumentsPassword() {
        return documentsPassword;
    }

    /**
     * The password of UMF's FTP account for b2b/uploadDocuments (FTP, FTPS, or SFTP password authentication); it
     * replaces a password given in documentsUri. Keeping it here, for example from a property placeholder, keeps
     * documentsUri free of secrets.
     */
    public void setDocumentsPassword(String documentsPassword) {
        this.documentsPassword = documentsPassword;
    }

    public String getContractPattern() {
        return contractPattern;
    }

    /**
     * Which document is the contract section 4.4 requires: a Java regular expression matched against each document's
     * name (the whole name); b2b/uploadDocuments refuses, before connecting, documents of which none matches.
     */
    public void setContractPattern(String contractPattern) {
        this.contractPattern = contractPattern;
    }

    public String getInvoicePattern() {
        return invoicePattern;
    }

    /**
     * Which document is the invoice section 4.4 requires: a Java regular expression matched against each document's
     * name (the whole name); b2b/uploadDocuments refuses, before connecting, documents of which none matches.
     */
    public void setInvoicePattern(String invoicePattern) {
        this.invoicePattern = invoicePattern;
    }

    public int getCompressionLevel() {
        return compressionLevel;
    }

    /**
     * The deflate level (0-9, -1 for zlib's default 6) of the document ZIP's entries; documents already compressed by
     * their format (pdf, jpg, png, zip, docx, ...) are always stored with level 0.
     */
    public void setCompressionLevel(int compressionLevel) {
        this.compressionLevel = compressionLevel;
    }

    public boolean isTempFileUpload() {
        return tempFileUpload;
    }

    /**
     * Whether b2b/uploadDocuments uploads the ZIP under a temporary name (the final name plus .RANDOM.part) and renames
     * it once complete, so a broken transfer never leaves a file with a final name. Set false only when UMF's account
     * may not rename: a broken transfer then leaves a truncated ZIP under the final name (reported by the exception;
     * the next upload takes the next sequence).
     */
    public void setTempFileUpload(boolean tempFileUpload) {
        this.tempFileUpload = tempFileUpload;
    }

    public String getPath() {
        return path;
    }

    /** The HTTP path umf:notification listens on; give UMF this URL as notify_url. */
    public void setPath(String path) {
        this.path = path;
    }

    public int getPort() {
        return port;
    }

    /**
     * The port of an HTTP server the component starts for umf:notification (Vert.x, from camel-platform-http-vertx)
     * when the application has no platform HTTP server of its own. 0 uses the application's server (Camel Main
     * camel.server.*, Spring Boot's servlet container).
     */
    public void setPort(int port) {
        this.port = port;
    }

    public String getBindHost() {
        return bindHost;
    }

    /**
     * The address the server started for the port option listens on: 0.0.0.0 (all interfaces, so UMF can reach it
     * through your reverse proxy) or 127.0.0.1 (this machine only, for tests and demos).
     */
    public void setBindHost(String bindHost) {
        this.bindHost = bindHost;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    /**
     * The largest notification body (bytes) accepted; larger ones are refused with 413, counted and never routed. The
     * announced Content-Length is checked before the body is read, and a streamed body is never read beyond the limit.
     */
    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Remembers the notifications already processed, so a redelivery is acknowledged again but routed once. The
     * default keeps the last 10000 in memory, forgets them on restart and logs a WARN at start; use a persistent,
     * shared (JDBC, ...) repository in production. For the scheduled statement consumer: the settle dates delivered
     * (default: a file under stateDirectory); on several nodes a ClaimingIdempotentRepository such as camel-umf-jdbc's
     * JdbcSettleDateRepository, so that each date is claimed by one node before it is delivered.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isConfirmNotifications() {
        return confirmNotifications;
    }

    /**
     * Whether umf:notification asks UMF for the current state (payment/get or refund/get, with this configuration's
     * credentials) before it routes a payment or refund notification. UMF's notifications carry no timestamp or
     * nonce, so a captured, validly signed notification could otherwise be replayed once the duplicate store forgot
     * it. A notification whose state UMF does not confirm is answered 503 (UMF delivers again) and counted. Costs one
     * GET to UMF per new payment or refund notification.
     */
    public void setConfirmNotifications(boolean confirmNotifications) {
        this.confirmNotifications = confirmNotifications;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    /** Milliseconds to wait for a connection to UMF. */
    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * Milliseconds to wait for each read of UMF's answer once the request was sent (a socket timeout, not a deadline
     * for the whole answer: see callTimeout). A POST that times out has an unknown outcome.
     */
    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    /**
     * The overall deadline (milliseconds) of one HTTP exchange with UMF, from sending the request to the last byte of
     * the answer; the request is aborted when it passes. responseTimeout bounds each read only, so a server that
     * keeps sending a byte now and then would otherwise hold the call forever. A POST that passes it has an unknown
     * outcome; a GET is retried like a connection failure.
     */
    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /** The size of the HTTP connection pool to UMF. */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a GET is repeated after a connection failure, HTTP 429 or 5xx. POSTs are never repeated blindly.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /** Milliseconds before the first retry of a GET; each further retry doubles it, with jitter. */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** The longest wait (milliseconds) between two retries of a GET. */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public org.apache.camel.component.http.HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /**
     * A camel-http HttpClientConfigurer (org.apache.camel.component.http.HttpClientConfigurer) that customises the
     * Apache HttpClient 5 builder before the client is built; configurers written for camel-http are reused as they
     * are.
     */
    public void setHttpClientConfigurer(org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** The host of an HTTP proxy to reach UMF through. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** The port of the proxy. */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyScheme() {
        return proxyScheme;
    }

    /** The scheme of the proxy: http or https. */
    public void setProxyScheme(String proxyScheme) {
        this.proxyScheme = proxyScheme;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /** The user name for proxy authentication. */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /** The password for proxy authentication. */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    // --- statements and files (issue 7) ---

    public String getSettleDate() {
        return settleDate;
    }

    /**
     * The settle date (yyyyMMdd) of settlement/statement, settlement/download and transactions/download; the header
     * CamelUmfSettleDate overrides it.
     */
    public void setSettleDate(String settleDate) {
        this.settleDate = settleDate;
    }

    public String getMerDate() {
        return merDate;
    }

    /**
     * The merchant date (yyyyMMdd) of transactions/list, and the mer_date of the payment whose documents
     * b2b/uploadDocuments uploads; the header CamelUmfMerDate overrides it.
     */
    public void setMerDate(String merDate) {
        this.merDate = merDate;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    /** The page (from 1) of settlement/statement and transactions/list; the header CamelUmfPageNumber overrides it. */
    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    /**
     * The page size of settlement/statement and transactions/list (UMF's default: 500); the header CamelUmfPageSize
     * overrides it.
     */
    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public boolean isAllPages() {
        return allPages;
    }

    /**
     * Whether settlement/statement and transactions/list follow the pagination and return all pages merged into one
     * result.
     */
    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    public String getFileId() {
        return fileId;
    }

    /**
     * The file id of settleMonth/download; the header CamelUmfFileId overrides it, and without either the
     * settleMonthFileDownLoad link of a settleMonth/create answer (header CamelUmfLinks) gives it.
     */
    public void setFileId(String fileId) {
        this.fileId = fileId;
    }

    public io.github.camelumf.statement.StatementOutput getOutputType() {
        return outputType;
    }

    /**
     * What a statement download puts into the body: RECORDS (a lazy iterator of typed records for
     * .split(body()).streaming(), checked when the iteration ends), STATEMENT (the whole checked file as one object, for
     * small files) or STREAM (the verified raw bytes as an InputStream, checked as they pass).
     */
    public void setOutputType(io.github.camelumf.statement.StatementOutput outputType) {
        this.outputType = outputType;
    }

    public String getCharset() {
        return charset;
    }

    /** The character set of statement files: UTF-8 or GBK. */
    public void setCharset(String charset) {
        this.charset = charset;
    }

    public String getStatementMerchantId() {
        return statementMerchantId;
    }

    /**
     * The UMF merchant id statement files must carry in their header and trailer; when unset, any merchant id is
     * accepted as long as header and trailer agree.
     */
    public void setStatementMerchantId(String statementMerchantId) {
        this.statementMerchantId = statementMerchantId;
    }

    public String getStartDate() {
        return startDate;
    }

    /**
     * The scheduled statement consumer (from umf:settlement/download or umf:transactions/download): the first settle
     * date (yyyyMMdd) to fetch. Every date from it to the last available one is delivered once, oldest first.
     */
    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** The scheduled statement consumer: the time zone of UMF's settle dates and of cutOffHour (China time). */
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public int getCutOffHour() {
        return cutOffHour;
    }

    /**
     * The scheduled statement consumer: the hour (0-23, in timeZone) from which today's settle date is fetched; before
     * it, the last date fetched is yesterday.
     */
    public void setCutOffHour(int cutOffHour) {
        this.cutOffHour = cutOffHour;
    }

    public String getStateDirectory() {
        return stateDirectory;
    }

    /**
     * The scheduled statement consumer: the directory of the default file-based idempotent repository that remembers
     * the settle dates delivered (across restarts), used when no idempotentRepository is set.
     */
    public void setStateDirectory(String stateDirectory) {
        this.stateDirectory = stateDirectory;
    }

    public java.time.Clock getClock() {
        return clock;
    }

    /** The scheduled statement consumer: the clock that says what today is (the system clock when unset; for tests). */
    public void setClock(java.time.Clock clock) {
        this.clock = clock;
    }
}

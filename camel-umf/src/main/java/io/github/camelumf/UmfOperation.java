package io.github.camelumf;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentWithRefundsResponse;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.security.FieldPaths;

/**
 * The catalog of {@code umf:} producer operations (see {@code operations.md}): endpoint name, HTTP method, path,
 * the path parameter it needs, the member of the response that holds the result, the type it becomes, and the
 * request fields that must be encrypted.
 */
public enum UmfOperation {

    PAYMENT_CREATE("payment/create", HttpMethod.POST, "/payments/payment", null, "payment", Payment.class,
            UmfOperation.PAYMENT_ENCRYPTED_FIELDS),
    PAYMENT_VERIFY("payment/verify", HttpMethod.POST, "/payments/payment/{payment_id}/verify", PathParameter.PAYMENT_ID,
            "payment", Payment.class, UmfOperation.PAYMENT_ENCRYPTED_FIELDS),
    PAYMENT_EXECUTE("payment/execute", HttpMethod.POST, "/payments/payment/{payment_id}/execute",
            PathParameter.PAYMENT_ID, "payment", Payment.class, UmfOperation.PAYMENT_ENCRYPTED_FIELDS),
    PAYMENT_GET("payment/get", HttpMethod.GET, "/payments/payment/{payment_id}", PathParameter.PAYMENT_ID, "payment",
            Payment.class, ""),
    PAYMENT_GET_WITH_REFUNDS("payment/getWithRefunds", HttpMethod.GET,
            "/payments/payment/{payment_id}/self_payment_refund", PathParameter.PAYMENT_ID, null,
            PaymentWithRefundsResponse.class, ""),
    REFUND_CREATE("refund/create", HttpMethod.POST, "/payments/payment/{payment_id}/refund", PathParameter.PAYMENT_ID,
            "refund", Refund.class, ""),
    REFUND_ASYNC("refund/async", HttpMethod.POST, "/payments/payment/{payment_id}/asynchronous_refund",
            PathParameter.PAYMENT_ID, "refund", Refund.class, ""),
    REFUND_GET("refund/get", HttpMethod.GET, "/payments/refund/{refund_id}", PathParameter.REFUND_ID, "refund",
            Refund.class, ""),
    /** The consumer of UMF's notifications (3.8, 3.49, customs); no HTTP call of its own. */
    NOTIFICATION("notification", null, null, null, null, UmfNotification.class, "");

    /** The *enc* fields of payment/create, payment/verify and payment/execute, as operations.md writes them. */
    static final String PAYMENT_ENCRYPTED_FIELDS = "payer.payer_info.name;"
                                                   + "payer.payer_info.bank_card.{number,valid_date,cvv2,payer_name,citizen_id_number};"
                                                   + "payer.payer_info.{qr_code_scan,wechat_in_app,wechat_in_app_web,wechat_H5}.citizen_id_number;"
                                                   + "payer.payer_info.payer_agreement.{valid_date,cvv2};"
                                                   + "order.student_name";

    /** The HTTP methods UMF uses. */
    public enum HttpMethod {
        GET,
        POST
    }

    /** A path parameter of an operation, with the header and endpoint option that supply it. */
    public enum PathParameter {
        PAYMENT_ID("{payment_id}", UmfConstants.PAYMENT_ID, "paymentId", UmfConfiguration::getPaymentId),
        REFUND_ID("{refund_id}", UmfConstants.REFUND_ID, "refundId", UmfConfiguration::getRefundId);

        private final String placeholder;
        private final String header;
        private final String option;
        private final Function<UmfConfiguration, String> fromConfiguration;

        PathParameter(String placeholder, String header, String option,
                      Function<UmfConfiguration, String> fromConfiguration) {
            this.placeholder = placeholder;
            this.header = header;
            this.option = option;
            this.fromConfiguration = fromConfiguration;
        }

        public String placeholder() {
            return placeholder;
        }

        public String header() {
            return header;
        }

        public String option() {
            return option;
        }

        public String fromConfiguration(UmfConfiguration configuration) {
            return fromConfiguration.apply(configuration);
        }
    }

    private static final Map<String, UmfOperation> BY_NAME
            = Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(UmfOperation::endpointName, o -> o));

    private final String endpointName;
    private final HttpMethod method;
    private final String path;
    private final PathParameter pathParameter;
    private final String resultMember;
    private final Class<?> resultType;
    private final List<String> encryptedFields;

    UmfOperation(String endpointName, HttpMethod method, String path, PathParameter pathParameter,
                 String resultMember, Class<?> resultType, String encryptedFields) {
        this.endpointName = endpointName;
        this.method = method;
        this.path = path;
        this.pathParameter = pathParameter;
        this.resultMember = resultMember;
        this.resultType = resultType;
        this.encryptedFields = FieldPaths.parse(encryptedFields);
    }

    /** Finds the operation of an endpoint name such as {@code payment/create}. */
    public static Optional<UmfOperation> byEndpointName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The endpoint names, comma separated (for documentation and error messages). */
    public static String endpointNames() {
        return Arrays.stream(values()).map(UmfOperation::endpointName).collect(Collectors.joining(", "));
    }

    /** The endpoint name, for example {@code payment/create}. */
    public String endpointName() {
        return endpointName;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path below the base URL, with at most one placeholder. */
    public String path() {
        return path;
    }

    /** The path parameter this operation needs, or {@code null}. */
    public PathParameter pathParameter() {
        return pathParameter;
    }

    /** The response member that holds the result; {@code null} when the whole response is the result. */
    public String resultMember() {
        return resultMember;
    }

    /** The type the result becomes. */
    public Class<?> resultType() {
        return resultType;
    }

    /** The request fields to encrypt, as dotted JSON paths. */
    public List<String> encryptedFields() {
        return encryptedFields;
    }

    /** Whether this is the notification consumer rather than an API call. */
    public boolean isConsumer() {
        return this == NOTIFICATION;
    }

    public boolean isPost() {
        return method == HttpMethod.POST;
    }

    /** Whether this operation creates a refund (and so is checked against the known payment amount). */
    public boolean isRefund() {
        return this == REFUND_CREATE || this == REFUND_ASYNC;
    }

    @Override
    public String toString() {
        return endpointName;
    }
}

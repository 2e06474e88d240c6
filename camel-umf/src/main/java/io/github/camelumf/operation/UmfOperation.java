package io.github.camelumf.operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.security.FieldPaths;
import io.github.camelumf.validation.BodyRules;

/**
 * One row of the operation catalog ({@code operations.md}): everything that makes an {@code umf:} endpoint what it
 * is. Built with {@link #post(String, String)} / {@link #get(String, String)} in the catalog of its section
 * ({@link PaymentOperations}, {@link RefundOperations}, ...); the producer, the result mapper and the client read
 * these rows and know no operation by name. Immutable and thread-safe.
 */
public final class UmfOperation {

    /** The HTTP methods UMF uses. */
    public enum HttpMethod {
        GET,
        POST
    }

    private final String endpointName;
    private final OperationKind kind;
    private final HttpMethod method;
    private final String path;
    private final List<OperationParameter> parameters;
    private final List<String> resultMembers;
    private final String bodyMember;
    private final String bodyAlias;
    private final Class<?> resultType;
    private final String encryptedPattern;
    private final List<String> encryptedFields;
    private final BodyRules bodyRules;
    private final List<ResultHeader> headers;
    private final OperationBehaviour behaviour;
    private final String pending;
    /** The path split at its placeholders: literal, parameter index, literal, ... (index as Integer). */
    private final Object[] pathParts;
    private final boolean hasQuery;
    private final io.github.camelumf.statement.StatementFormat<?> fileFormat;
    private final String fileDateOption;
    private final Map<String, String> linkRefs;
    private final boolean paged;

    private UmfOperation(Builder b) {
        this.endpointName = b.endpointName;
        this.kind = b.kind;
        this.method = b.method;
        this.path = b.path;
        this.parameters = List.copyOf(b.parameters);
        this.resultMembers = List.copyOf(b.resultMembers);
        this.bodyMember = b.bodyMember;
        this.bodyAlias = b.bodyAlias;
        this.resultType = b.resultType;
        this.encryptedPattern = b.encryptedPattern;
        this.encryptedFields = FieldPaths.parse(b.encryptedPattern);
        this.bodyRules = b.bodyRules;
        this.headers = List.copyOf(b.headers);
        this.behaviour = b.behaviour;
        this.pending = b.pending;
        this.pathParts = path == null ? new Object[0] : splitPath(path, parameters, endpointName);
        this.fileFormat = b.fileFormat;
        this.fileDateOption = b.fileDateOption;
        this.linkRefs = Map.copyOf(b.linkRefs);
        this.paged = b.paged;
        this.hasQuery = parameters.stream().anyMatch(p -> p.location() == OperationParameter.Location.QUERY);
    }

    /** A row for a POST with a JSON body. */
    public static Builder post(String endpointName, String path) {
        return new Builder(endpointName, OperationKind.JSON, HttpMethod.POST, path);
    }

    /** A row for a GET. */
    public static Builder get(String endpointName, String path) {
        return new Builder(endpointName, OperationKind.JSON, HttpMethod.GET, path);
    }

    /** A row of another kind (STREAM, MULTIPART, FTP, RAW, CONSUMER); {@code method} and {@code path} may be null. */
    public static Builder of(String endpointName, OperationKind kind, HttpMethod method, String path) {
        return new Builder(endpointName, kind, method, path);
    }

    /** The endpoint name, for example {@code payment/create}. */
    public String endpointName() {
        return endpointName;
    }

    public OperationKind kind() {
        return kind;
    }

    /** The HTTP method; {@code null} for FTP, RAW (taken from the message) and the consumer. */
    public HttpMethod method() {
        return method;
    }

    public boolean isPost() {
        return method == HttpMethod.POST;
    }

    /** The path below the base URL, with {@code {placeholders}} for the path parameters. */
    public String path() {
        return path;
    }

    /** The path and query parameters, in the order of the catalog. */
    public List<OperationParameter> parameters() {
        return parameters;
    }

    /** The members of UMF's answer the reference documents for this operation ({@code payment}, {@code links}). */
    public List<String> resultMembers() {
        return resultMembers;
    }

    /** The member that becomes the body; {@code null} when the whole answer is the body. */
    public String bodyMember() {
        return bodyMember;
    }

    /** The type the body becomes. */
    public Class<?> resultType() {
        return resultType;
    }

    /** The request fields to encrypt, as dotted JSON paths (braces expanded). */
    public List<String> encryptedFields() {
        return encryptedFields;
    }

    /** The *enc* fields as the catalog writes them (braces not expanded). */
    public String encryptedPattern() {
        return encryptedPattern;
    }

    /** The body rules, or {@code null} when the body is not checked. */
    public BodyRules bodyRules() {
        return bodyRules;
    }

    /** The members of the answer that become message headers (besides status, ret_code, ret_msg and links). */
    public List<ResultHeader> headers() {
        return headers;
    }

    public OperationBehaviour behaviour() {
        return behaviour;
    }

    /** Whether the component serves this row; pending rows are in the catalog but refused as endpoints. */
    public boolean isImplemented() {
        return pending == null;
    }

    /** Why the row is not served yet (the issue that brings it), or {@code null} when it is implemented. */
    public String pending() {
        return pending;
    }

    public boolean isConsumer() {
        return kind == OperationKind.CONSUMER;
    }

    // --- statement files (issue 7) ---

    /** Whether the answer is paged ({@code pagination}, a {@code pageNumber} parameter): {@code allPages} applies. */
    public boolean isPaged() {
        return paged;
    }

    /** The statement file a STREAM row downloads, or {@code null}. */
    public io.github.camelumf.statement.StatementFormat<?> fileFormat() {
        return fileFormat;
    }

    /** The option (parameter) whose value the file's header date must equal, or {@code null}. */
    public String fileDateOption() {
        return fileDateOption;
    }

    /**
     * A path parameter's value taken from the {@code href} of a link an earlier answer gave (ref {@link #linkRefs}):
     * the segment of the href at the parameter's place in the path template, counted from the end. {@code null}
     * when the row takes no value from a link for this option or the href does not fit the template.
     */
    public String valueFromLinks(String option, Map<String, String> linksByRef) {
        String ref = linkRefs.get(option);
        if (ref == null || linksByRef == null || linksByRef.get(ref) == null) {
            return null;
        }
        String href = linksByRef.get(ref);
        int query = href.indexOf('?');
        String[] hrefSegments = (query < 0 ? href : href.substring(0, query)).split("/");
        String[] templateSegments = path.split("/");
        String placeholder = "{" + parameters.get(parameterIndex(option)).wireName() + "}";
        int fromEnd = -1;
        for (int i = templateSegments.length - 1; i >= 0; i--) {
            if (templateSegments[i].equals(placeholder)) {
                fromEnd = templateSegments.length - 1 - i;
            }
        }
        int index = hrefSegments.length - 1 - fromEnd;
        if (fromEnd < 0 || index < 0) {
            return null;
        }
        for (int i = 1; i <= fromEnd; i++) {
            if (!templateSegments[templateSegments.length - i].equals(hrefSegments[hrefSegments.length - i])) {
                return null;
            }
        }
        String value = hrefSegments[index];
        return value.isBlank() ? null : value;
    }

    /** The index of the parameter with this option name, or -1. */
    public int parameterIndex(String option) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).option().equals(option)) {
                return i;
            }
        }
        return -1;
    }

    /** The HTTP method of a call: the row's, or for {@link OperationKind#RAW} the first parameter's value. */
    public HttpMethod methodOf(String[] values) {
        return kind == OperationKind.RAW ? RawCall.method(values[0]) : method;
    }

    /** The path of a call: the row's path with its parameters, or for {@link OperationKind#RAW} the second value. */
    public String pathOf(String[] values) {
        return kind == OperationKind.RAW ? RawCall.path(values[1]) : expandPath(values);
    }

    /** The path with the parameter values (in {@link #parameters()} order) filled in, URL-encoded. */
    public String expandPath(String[] values) {
        if (pathParts.length == 1) {
            return (String) pathParts[0];
        }
        StringBuilder sb = new StringBuilder(path.length() + 32);
        for (Object part : pathParts) {
            sb.append(part instanceof Integer index ? URLEncoder.encode(values[index], StandardCharsets.UTF_8) : (String) part);
        }
        return sb.toString();
    }

    /**
     * The query parameters with their values (in {@link #parameters()} order; {@code null} values are left out).
     * Encrypted parameters must already hold their ciphertext.
     */
    public Map<String, String> query(String[] values) {
        if (!hasQuery) {
            return Map.of();
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            OperationParameter parameter = parameters.get(i);
            if (parameter.location() == OperationParameter.Location.QUERY && values[i] != null) {
                query.put(parameter.wireName(), values[i]);
            }
        }
        return query;
    }

    /**
     * The body the route receives: the typed body member (or whole answer) of a successful answer; the member's
     * alias when UMF answered under that name instead.
     */
    public JsonNode bodyOf(JsonNode answer) {
        if (bodyMember == null) {
            return answer;
        }
        JsonNode body = answer.get(bodyMember);
        return body == null && bodyAlias != null ? answer.get(bodyAlias) : body;
    }

    /** The name of the member {@link #bodyOf} takes from {@code answer}; {@code null} when the body is the answer. */
    public String bodyMemberIn(JsonNode answer) {
        if (bodyMember == null) {
            return null;
        }
        return answer.get(bodyMember) == null && bodyAlias != null ? bodyAlias : bodyMember;
    }

    @Override
    public String toString() {
        return endpointName;
    }

    private static Object[] splitPath(String path, List<OperationParameter> parameters, String name) {
        List<Object> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = path.indexOf('{', at);
            if (open < 0) {
                break;
            }
            int close = path.indexOf('}', open);
            String wire = path.substring(open + 1, close);
            int index = -1;
            for (int i = 0; i < parameters.size(); i++) {
                OperationParameter p = parameters.get(i);
                if (p.location() == OperationParameter.Location.PATH && p.wireName().equals(wire)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalStateException("catalog row " + name + ": no path parameter for {" + wire + "}");
            }
            parts.add(path.substring(at, open));
            parts.add(index);
            at = close + 1;
        }
        parts.add(path.substring(at));
        parts.removeIf(p -> p instanceof String s && s.isEmpty());
        return parts.isEmpty() ? new Object[] { "" } : parts.toArray();
    }

    /** Builds one catalog row. */
    public static final class Builder {
        private final String endpointName;
        private final OperationKind kind;
        private final HttpMethod method;
        private final String path;
        private final List<OperationParameter> parameters = new ArrayList<>();
        private final List<String> resultMembers = new ArrayList<>();
        private final List<ResultHeader> headers = new ArrayList<>();
        private String bodyMember;
        private String bodyAlias;
        private Class<?> resultType = JsonNode.class;
        private String encryptedPattern = "";
        private BodyRules bodyRules;
        private OperationBehaviour behaviour = OperationBehaviour.NONE;
        private String pending;
        private io.github.camelumf.statement.StatementFormat<?> fileFormat;
        private String fileDateOption;
        private final Map<String, String> linkRefs = new LinkedHashMap<>();
        private boolean paged;

        private Builder(String endpointName, OperationKind kind, HttpMethod method, String path) {
            this.endpointName = Objects.requireNonNull(endpointName);
            this.kind = kind;
            this.method = method;
            this.path = path;
        }

        /** A path or query parameter. */
        public Builder param(OperationParameter parameter) {
            parameters.add(parameter);
            return this;
        }

        /** A required path parameter {@code {wireName}}, from the header/option {@code option}. */
        public Builder pathParam(String wireName, String option) {
            return param(OperationParameter.path(wireName, option));
        }

        /** An optional query parameter {@code wireName}, from the header/option {@code option}. */
        public Builder queryParam(String wireName, String option) {
            return param(OperationParameter.query(wireName, option));
        }

        /**
         * The body is the first member, as {@code type}; all members are those the reference documents.
         */
        public Builder result(Class<?> type, String member, String... otherMembers) {
            this.resultType = type;
            this.bodyMember = member;
            resultMembers.add(member);
            resultMembers.addAll(List.of(otherMembers));
            return this;
        }

        /**
         * Another name UMF answers the body member under (the sample of bank/cardBin says {@code banks} where the
         * reference documents {@code bank}): read when the body member is absent.
         */
        public Builder bodyAlias(String member) {
            this.bodyAlias = member;
            return this;
        }

        /** The body is the whole answer, as {@code type}; {@code members} are those the reference documents. */
        public Builder wholeResult(Class<?> type, String... members) {
            this.resultType = type;
            this.bodyMember = null;
            resultMembers.addAll(List.of(members));
            return this;
        }

        /** The *enc* fields, written as in operations.md ({@code a.b.{c,d}; e}). */
        public Builder encrypted(String pattern) {
            this.encryptedPattern = pattern;
            return this;
        }

        /** The body rules checked before sending. */
        public Builder rules(BodyRules rules) {
            this.bodyRules = rules;
            return this;
        }

        /** The field {@code field} of the answer's member {@code member} becomes the header {@code header}. */
        public Builder header(String header, String member, String field) {
            headers.add(new ResultHeader(header, member, field));
            return this;
        }

        /** What this operation does beyond the common pipeline. */
        public Builder behaviour(OperationBehaviour behaviour) {
            this.behaviour = behaviour;
            return this;
        }

        /**
         * A STREAM row's statement file: its format and the option whose value the file's header date must equal
         * ({@code null} when the request does not say the date).
         */
        public Builder file(io.github.camelumf.statement.StatementFormat<?> format, String dateOption) {
            this.fileFormat = format;
            this.fileDateOption = dateOption;
            return this;
        }

        /** The answer is paged: the row has a {@code pageNumber} parameter and {@code allPages} follows the pages. */
        public Builder paged() {
            this.paged = true;
            return this;
        }

        /** The option's value may also come from the href of the link {@code ref} of an earlier answer. */
        public Builder fromLink(String option, String ref) {
            this.linkRefs.put(option, ref);
            return this;
        }

        /** In the catalog, not served yet: endpoints of this row are refused with {@code why}. */
        public Builder pending(String why) {
            this.pending = why;
            return this;
        }

        public UmfOperation build() {
            return new UmfOperation(this);
        }
    }
}

package io.github.camelumf.sandbox.statement;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.payment.Ids;
import io.github.camelumf.sandbox.payment.Links;
import io.github.camelumf.sandbox.payment.Payment;
import io.github.camelumf.sandbox.payment.PaymentState;
import io.github.camelumf.sandbox.payment.PaymentStore;
import io.github.camelumf.sandbox.payment.Refund;
import io.github.camelumf.sandbox.payment.RefundState;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.RetCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statement files (3.21 SETTLEDETAIL, 3.23 TRANSDETAIL, 3.24/3.25 MONTHLYBILL), made from the sandbox's own
 * payments and refunds: a successful payment (or refund) settles on the China date after its success, and the file of
 * a settle date is ready once that date is past on the sandbox clock. Files are generated as they are sent.
 */
public final class StatementService {

    /** The sandbox merchant's UMF merchant id, in every file's header and trailer. */
    public static final String MERCHANT_ID = "70510000";
    /** A monthly file can be downloaded 24 hours after it was created (3.24). */
    static final Duration MONTHLY_DELAY = Duration.ofHours(24);

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");

    private final PaymentStore store;
    private final SandboxClock clock;
    private final Links links;
    private final StatementControls controls;
    private final Map<String, MonthlyFile> monthlyFiles = new ConcurrentHashMap<>();

    private record MonthlyFile(YearMonth month, Instant createdAt) {
    }

    public StatementService(PaymentStore store, SandboxClock clock, Links links, StatementControls controls) {
        this.store = store;
        this.clock = clock;
        this.links = links;
        this.controls = controls;
    }

    /** GET /payments/statement_download?settle_date= (3.21). */
    public FileBody settlementFile(String settleDate) {
        LocalDate date = readyDate(settleDate);
        Long synthetic = controls.synthetic(settleDate);
        List<Settled> entries = synthetic == null ? settledOn(date, date) : List.of();
        return new StatementFile(StatementLayout.SETTLEDETAIL, MERCHANT_ID, settleDate, entries, synthetic, controls, settleDate);
    }

    /** GET /payments/transactions_download?settle_date= (3.23). */
    public FileBody transactionFile(String settleDate) {
        LocalDate date = readyDate(settleDate);
        Long synthetic = controls.synthetic(settleDate);
        List<Settled> entries = synthetic == null ? settledOn(date, date) : List.of();
        return new StatementFile(StatementLayout.TRANSDETAIL, MERCHANT_ID, settleDate, entries, synthetic, controls, settleDate);
    }

    /**
     * GET /payments/reconciliation_statement?settle_date= (3.20): the members {@code pagination} and
     * {@code reconciliations}; answered, like the reference's sample, as a JSON array around the answer object.
     */
    public ObjectNode reconciliations(Map<String, String> query) {
        String settleDate = query.get("settle_date");
        LocalDate date = readyDate(settleDate);
        List<Settled> entries = settledOn(date, date);
        ObjectNode reconciliations = JsonNodeFactory.instance.objectNode();
        ObjectNode pagination = StatementSummaries.page(entries, query, true, reconciliations);
        java.math.BigDecimal total = entries.stream().map(Settled::foreignAmount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal cny = total.multiply(Settled.USD_RATE).setScale(2, java.math.RoundingMode.HALF_UP);
        reconciliations.set("amount", StatementSummaries.amount(total, "USD", cny, Settled.USD_RATE));
        reconciliations.put("settle_date", settleDate);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("pagination", pagination);
        members.set("reconciliations", reconciliations);
        return members;
    }

    /** GET /payments/transactions?mer_date= (3.22): the payments and refunds made on the merchant date. */
    public ObjectNode transactions(Map<String, String> query) {
        String merDate = query.get("mer_date");
        LocalDate date;
        try {
            date = merDate != null && merDate.length() == 8 ? LocalDate.parse(merDate, YYYYMMDD) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new ApiError(RetCode.DATA_VALIDATION, "mer_date must be a date as yyyyMMdd");
        }
        LocalDate day = date;
        List<Settled> entries = new ArrayList<>(settledOn(day.plusDays(1), day.plusDays(1)));
        ObjectNode transactions = JsonNodeFactory.instance.objectNode();
        ObjectNode pagination = StatementSummaries.page(entries, query, false, transactions);
        transactions.set("pagination", pagination);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("transactions", transactions);
        return members;
    }

    /** POST /payments/settle_month_create (3.24). */
    public ObjectNode createMonthly(ObjectNode body) {
        String text = JsonFields.text(body, "settle_month", "settle_month");
        YearMonth month;
        try {
            month = text.length() == 6 ? YearMonth.parse(text, YYYYMM) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null) {
            throw new ApiError(RetCode.DATA_VALIDATION, "settle_month must be a month as yyyyMM");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new ApiError(RetCode.DATA_VALIDATION, "settle_month is in the future");
        }
        String fileId = "FILE_" + Ids.alphanumeric(24).toUpperCase(java.util.Locale.ROOT);
        monthlyFiles.put(fileId, new MonthlyFile(month, clock.instant()));
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        ObjectNode link = members.putArray("links").addObject();
        link.put("ref", "settleMonthFileDownLoad");
        link.put("method", "GET");
        link.put("href", links.baseUrl() + "/payments/" + fileId + "/settle_month_file_download");
        members.putObject("settle_month_file").put("settle_month", text);
        return members;
    }

    /** GET /payments/{file_id}/settle_month_file_download (3.25): ready 24 hours after it was created. */
    public FileBody monthlyFile(String fileId) {
        MonthlyFile file = monthlyFiles.get(fileId);
        if (file == null || controls.isNotReady(fileId) || clock.instant().isBefore(file.createdAt().plus(MONTHLY_DELAY))) {
            throw new ApiError(RetCode.FILE_NOT_EXIST, null);
        }
        String month = file.month().format(YYYYMM);
        List<Settled> entries = settledOn(file.month().atDay(1), file.month().atEndOfMonth());
        return new StatementFile(StatementLayout.MONTHLYBILL, MERCHANT_ID, month, entries, null, controls, fileId);
    }

    /** Forgets the monthly files created. */
    public void reset() {
        monthlyFiles.clear();
    }

    private LocalDate readyDate(String settleDate) {
        if (settleDate == null || settleDate.isBlank()) {
            throw new ApiError(RetCode.DATA_VALIDATION, "settle_date is required");
        }
        LocalDate date;
        try {
            date = settleDate.length() == 8 ? LocalDate.parse(settleDate, YYYYMMDD) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new ApiError(RetCode.DATA_VALIDATION, "settle_date must be a date as yyyyMMdd");
        }
        if (!date.isBefore(LocalDate.now(clock)) || controls.isNotReady(settleDate)) {
            throw new ApiError(RetCode.FILE_NOT_EXIST, null);
        }
        return date;
    }

    /** The payments and refunds whose settle date (the China date after their success) is within the dates given. */
    private List<Settled> settledOn(LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        List<Settled> entries = new ArrayList<>();
        for (Payment payment : store.payments()) {
            Instant executed = payment.executedAt();
            if (payment.state(now) == PaymentState.TRADE_SUCCESS && executed != null) {
                Settled entry = Settled.payment(payment, executed);
                if (within(entry.settleDate(), from, to)) {
                    entries.add(entry);
                }
            }
        }
        for (Refund refund : store.refunds()) {
            if (refund.state(now) == RefundState.REFUND_SUCCESS) {
                Settled entry = Settled.refund(refund);
                if (within(entry.settleDate(), from, to)) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(Comparator.comparing(Settled::successAt).thenComparing(Settled::id));
        return entries;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}

package io.github.camelumf.sandbox.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The payer agreements the sandbox holds, by {@code usr_pay_agreement_id}, and each customer's
 * {@code usr_busi_agreement_id} (one per customer, kept after unbinding). Thread-safe (one lock: the sandbox's load
 * is small).
 */
public final class AgreementStore {

    private final Map<String, Agreement> byPayId = new LinkedHashMap<>();
    private final Map<String, String> busiIdByCustomer = new LinkedHashMap<>();

    /**
     * The agreement of {@code customer}'s {@code cardNumber}, bound now if it was not (ids from the suppliers; the
     * customer keeps one business agreement id).
     */
    public synchronized Agreement bind(String customer, String cardNumber, String bankCode, String bankType,
                                       String phone, Supplier<String> newBusiId, Supplier<String> newPayId) {
        Agreement existing = find(customer, cardNumber);
        if (existing != null) {
            return existing;
        }
        String busiId = busiIdByCustomer.computeIfAbsent(customer, c -> newBusiId.get());
        Agreement agreement = new Agreement(busiId, newPayId.get(), customer, cardNumber, bankCode, bankType, phone);
        byPayId.put(agreement.usrPayAgreementId(), agreement);
        return agreement;
    }

    /** The agreement of {@code customer}'s {@code cardNumber}, or {@code null}. */
    public synchronized Agreement find(String customer, String cardNumber) {
        for (Agreement agreement : byPayId.values()) {
            if (agreement.externalCustomerId().equals(customer) && agreement.cardNumber().equals(cardNumber)) {
                return agreement;
            }
        }
        return null;
    }

    /** The agreement with this {@code usr_pay_agreement_id}, or {@code null}. */
    public synchronized Agreement byPayId(String usrPayAgreementId) {
        return byPayId.get(usrPayAgreementId);
    }

    /** The customer's business agreement id, or {@code null} when the customer never bound a card. */
    public synchronized String busiIdOf(String customer) {
        return busiIdByCustomer.get(customer);
    }

    /** The agreements that match, in the order they were bound. */
    public synchronized List<Agreement> select(Predicate<Agreement> filter) {
        List<Agreement> selected = new ArrayList<>();
        for (Agreement agreement : byPayId.values()) {
            if (filter.test(agreement)) {
                selected.add(agreement);
            }
        }
        return selected;
    }

    /** Removes the agreements that match; returns how many. */
    public synchronized int remove(Predicate<Agreement> filter) {
        int before = byPayId.size();
        byPayId.values().removeIf(filter);
        return before - byPayId.size();
    }
}

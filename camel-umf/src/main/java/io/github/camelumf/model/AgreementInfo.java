package io.github.camelumf.model;

import java.util.List;

/**
 * The payer's bound cards ({@code agreement_info}, 3.14): the result of umf:agreement/query. Each
 * {@link PayerAgreement} can pay instead of a bank_card ({@code payer.payer_info.payer_agreement}).
 */
public class AgreementInfo extends UmfObject {

    private List<PayerAgreement> payerAgreements;

    /** The agreements found; empty when the payer has none. */
    public List<PayerAgreement> getPayerAgreements() {
        return payerAgreements == null ? List.of() : payerAgreements;
    }

    public void setPayerAgreements(List<PayerAgreement> payerAgreements) {
        this.payerAgreements = payerAgreements;
    }

    @Override
    public String toString() {
        return describe().add("payer_agreements", payerAgreements).toString();
    }
}

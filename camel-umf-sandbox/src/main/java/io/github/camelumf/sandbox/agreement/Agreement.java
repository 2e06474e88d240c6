package io.github.camelumf.sandbox.agreement;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One bound card of one payer: the payer's {@code usr_busi_agreement_id}, the card's {@code usr_pay_agreement_id},
 * the merchant's customer id, the card (kept for matching only; {@link #toString()} shows its last four digits),
 * its bank and type, and the phone registered with it.
 */
public record Agreement(String usrBusiAgreementId, String usrPayAgreementId, String externalCustomerId,
                        String cardNumber, String bankCode, String bankType, String phone) {

    /** The last four digits of the card number. */
    public String lastFour() {
        return cardNumber.substring(cardNumber.length() - 4);
    }

    /** The agreement as 3.14 lists it in {@code payer_agreements}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("usr_busi_agreement_id", usrBusiAgreementId);
        node.put("last_four_cardid", lastFour());
        node.put("phone", phone);
        node.put("gate_id", bankCode);
        node.put("usr_pay_agreement_id", usrPayAgreementId);
        return node;
    }

    @Override
    public String toString() {
        return "Agreement[" + usrPayAgreementId + ", " + bankType + " ****" + lastFour() + "]";
    }
}

package io.github.camelumf.example.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.github.camelumf.model.BankCard;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Mask;
import io.github.camelumf.model.Payer;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.model.PaymentMethod;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * The test card the demo pays with, read from a UTF-8 properties resource ({@code demo.card}): the sandbox's test
 * card by default, the test card UMF gave you for UAT otherwise. Card data is kept out of Camel's properties so that
 * it never shows in the startup summary; {@link #toString()} masks it.
 */
public final class DemoCard {

    private final PaymentMethod paymentMethod;
    private final String bankCode;
    private final String number;
    private final String validDate;
    private final String cvv2;
    private final String payerName;
    private final String citizenIdType;
    private final String citizenIdNumber;
    private final String phone;

    private DemoCard(Properties card, String location) {
        this.paymentMethod = PaymentMethod.valueOf(required(card, "payment_method", location));
        this.bankCode = required(card, "bank_code", location);
        this.number = required(card, "number", location);
        this.validDate = required(card, "valid_date", location);
        this.cvv2 = card.getProperty("cvv2", "");
        this.payerName = required(card, "payer_name", location);
        this.citizenIdType = card.getProperty("citizen_id_type", "IDENTITY_CARD");
        this.citizenIdNumber = required(card, "citizen_id_number", location);
        this.phone = required(card, "phone", location);
    }

    /** Reads the card from a resource such as {@code classpath:sandbox-test-card.properties} or {@code file:...}. */
    public static DemoCard load(CamelContext camelContext, String location) {
        Properties card = new Properties();
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(camelContext, location);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            card.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("demo.card: cannot read the card resource " + location, e);
        }
        return new DemoCard(card, location);
    }

    private static String required(Properties card, String key, String location) {
        String value = card.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("demo.card: " + key + " is required in " + location);
        }
        return value.trim();
    }

    /** The payer of payment/create: method, bank, interface and business type, and the phone. */
    public Payer createPayer() {
        return new Payer().withPaymentMethod(paymentMethod).withBankCode(bankCode)
                .withInterfaceType(InterfaceType.SERVER_TO_SERVER).withBusinessType(BusinessType.B2C)
                .withPayerInfo(new PayerInfo().withPhone(phone));
    }

    /** The payer of payment/verify and payment/execute: the card, with the SMS code when given. */
    public Payer cardPayer(String verifyCode) {
        BankCard card = new BankCard().withNumber(number).withValidDate(validDate).withPayerName(payerName)
                .withCitizenIdType(citizenIdType).withCitizenIdNumber(citizenIdNumber).withPhone(phone)
                .withVerifyCode(verifyCode);
        if (!cvv2.isEmpty()) {
            card.withCvv2(cvv2);
        }
        return new Payer().withPaymentMethod(paymentMethod).withBankCode(bankCode).withPayerInfo(new PayerInfo()
                .withBankCard(card));
    }

    @Override
    public String toString() {
        return "DemoCard[" + paymentMethod + " " + bankCode + " " + Mask.lastFour(number) + "]";
    }
}

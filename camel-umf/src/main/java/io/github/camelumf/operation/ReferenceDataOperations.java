package io.github.camelumf.operation;

import java.util.List;

import io.github.camelumf.model.AgreementInfo;
import io.github.camelumf.model.Bank;
import io.github.camelumf.model.BankList;
import io.github.camelumf.model.ExchangeRateList;
import io.github.camelumf.model.LinkList;
import io.github.camelumf.model.Meta;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.validation.BodyRules;

/** Banks, agreements, binding, rates, WeChat (3.1-3.4, 3.14, 3.15, 3.55-3.57): the third table of operations.md. */
public final class ReferenceDataOperations {

    private static final String BIND_ENCRYPTED
            = "payer_info.bank_card.{number,valid_date,cvv2,payer_name,citizen_id_number}; bind.{number,citizen_id_number,name}";

    public static final UmfOperation BANK_LIST = UmfOperation.get("bank/list", "/bank")
            .param(OperationParameter.query("type", "type").asRequired())
            .result(BankList.class, "banks").build();

    /** The reference documents the member {@code bank}; its sample answers {@code banks}: both are read. */
    public static final UmfOperation BANK_CARD_BIN = UmfOperation.get("bank/cardBin", "/bank/cardbin")
            .param(OperationParameter.query("card", "card").asRequired().asEncrypted())
            .result(Bank.class, "bank").bodyAlias("banks").build();

    /** 3.4 answers {@code exchange_rate}, 9.1 and 4.10 {@code exchangeRates}: both are read. */
    public static final UmfOperation EXCHANGE_RATE = UmfOperation.get("exchangeRate/get", "/exchange_rate")
            .param(OperationParameter.query("currency", "currency").asRequired())
            .result(ExchangeRateList.class, "exchange_rate", "exchangeRates").bodyAlias("exchangeRates").build();

    public static final UmfOperation WECHAT_OPEN_ID = UmfOperation.get("wechat/openId", "/payments/wechat_openid")
            .param(OperationParameter.query("notify_url", "notifyUrl").asRequired())
            .result(LinkList.class, "links").build();

    public static final UmfOperation AGREEMENT_QUERY = UmfOperation.get("agreement/query", "/agreement")
            .queryParam("external_customer_id", "externalCustomerId")
            .queryParam("usr_busi_agreement_id", "usrBusiAgreementId")
            .queryParam("bank_type", "bankType")
            .result(AgreementInfo.class, "agreement_info").build();

    public static final UmfOperation AGREEMENT_UNBIND = UmfOperation.post("agreement/unbind", "/agreement/unbundling")
            .rules(BodyRules.AGREEMENT_UNBIND)
            .result(Meta.class, "meta").build();

    public static final UmfOperation BANK_AGREEMENT_UNBIND = UmfOperation
            .post("bankAgreement/unbind", "/bank_agreement/unbind")
            .rules(BodyRules.AGREEMENT_UNBIND)
            .result(Meta.class, "meta").build();

    public static final UmfOperation BIND_SMS_CODE = UmfOperation.post("bind/smsCode", "/bind/get_smscode")
            .encrypted(BIND_ENCRYPTED).rules(BodyRules.BIND_SMS_CODE)
            .result(PayerInfo.class, "payer_info").build();

    public static final UmfOperation BIND_CONFIRM = UmfOperation.post("bind/confirm", "/bind/get_contract")
            .encrypted(BIND_ENCRYPTED).rules(BodyRules.BIND_CONFIRM)
            .result(PayerInfo.class, "payer_info").build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS = List.of(BANK_LIST, BANK_CARD_BIN, EXCHANGE_RATE, WECHAT_OPEN_ID,
            AGREEMENT_QUERY, AGREEMENT_UNBIND, BANK_AGREEMENT_UNBIND, BIND_SMS_CODE, BIND_CONFIRM);

    private ReferenceDataOperations() {
    }
}

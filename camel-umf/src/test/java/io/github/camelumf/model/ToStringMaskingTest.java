package io.github.camelumf.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** toString() never shows card data, names, ID numbers or verification codes, and shows phones partially. */
class ToStringMaskingTest {

    private static final String CARD_NUMBER = "6222021234567890123";
    private static final String VALID_DATE = "2712";
    private static final String CVV2 = "864";
    private static final String PAYER_NAME = "Zhang Sanfeng";
    private static final String PAYER_INFO_NAME = "Li Siguang";
    private static final String CITIZEN_ID = "110101199003074478";
    private static final String QR_CITIZEN_ID = "310101198805052231";
    private static final String APP_CITIZEN_ID = "440101197712129915";
    private static final String WEB_CITIZEN_ID = "510101196610104432";
    private static final String H5_CITIZEN_ID = "120101195509097719";
    private static final String PHONE = "13552105741";
    private static final String CARD_PHONE = "15754314122";
    private static final String VERIFY_CODE = "409387";
    private static final String AGREEMENT_VERIFY_CODE = "771245";
    private static final String AGREEMENT_VALID_DATE = "2911";
    private static final String AGREEMENT_CVV2 = "519";
    private static final String STUDENT_NAME = "Wang Xiaoming";
    private static final String STUDENT_ID = "STU-88-4411-X";
    private static final String RECEIVER_NAME = "Zhao Liuyi";
    private static final String RECEIVER_PHONE = "13800011111";
    private static final String RECEIVER_ADDRESS = "No. 9 Jianguo Road, Beijing";
    private static final String REGISTRANT_ID = "370124197111250021";
    private static final String REGISTRANT_EMAIL = "zhaoliuyi@example.cn";
    private static final String CONTACT_NAME = "Feng Jianguo";
    private static final String CONTACT_PHONE = "13241359611";
    private static final String UNKNOWN_SECRET = "a-secret-in-an-unknown-member";

    private static final List<String> SENSITIVE = List.of(CARD_NUMBER, VALID_DATE, CVV2, PAYER_NAME, PAYER_INFO_NAME,
            CITIZEN_ID, QR_CITIZEN_ID, APP_CITIZEN_ID, WEB_CITIZEN_ID, H5_CITIZEN_ID, PHONE, CARD_PHONE, VERIFY_CODE,
            AGREEMENT_VERIFY_CODE, AGREEMENT_VALID_DATE, AGREEMENT_CVV2, STUDENT_NAME, STUDENT_ID, RECEIVER_NAME,
            RECEIVER_PHONE, RECEIVER_ADDRESS, REGISTRANT_ID, REGISTRANT_EMAIL, CONTACT_NAME, CONTACT_PHONE,
            UNKNOWN_SECRET);

    @Test
    void fullyPopulatedPaymentRequestShowsNoSensitivePlaintext() {
        String text = fullyPopulatedRequest().toString();

        assertThat(text).contains("PaymentRequest{", "BankCard{", "Order{", "mer_reference_id=ORDER-20250101-1");
        for (String sensitive : SENSITIVE) {
            assertThat(text).as("toString must not contain %s", sensitive).doesNotContain(sensitive);
        }
    }

    @Test
    void cardNumberAndPhoneShowOnlyTheirLastFourCharacters() {
        String text = fullyPopulatedRequest().toString();

        assertThat(text).contains("number=***0123", "phone=***5741", "phone=***4122", "cvv2=***",
                "valid_date=***", "citizen_id_number=***", "registration_email=z***@example.cn");
    }

    @Test
    void unknownMembersAreListedByNameOnly() {
        String text = fullyPopulatedRequest().toString();

        assertThat(text).contains("unknownMembers=[bind_number]");
    }

    @Test
    void customsDeclarationByOrderShowsItsStateButNotTheCitizenIdNumber() {
        CustomsDeclaration declaration = new CustomsDeclaration();
        declaration.setCustomsId("HZHG");
        declaration.setState(DeclarationState.SUCCESS);
        declaration.setCitizenIdType("IDENTITY_CARD");
        declaration.setCitizenIdNumber(CITIZEN_ID);

        assertThat(declaration.toString()).isEqualTo("CustomsDeclaration{state=SUCCESS, customs_id=HZHG,"
                                                     + " citizen_id_type=IDENTITY_CARD, citizen_id_number=***}");
    }

    @Test
    void shortAndEmptyValuesAreMaskedWithoutRevealingLength() {
        BankCard card = new BankCard().withNumber("12345678").withCvv2("").withPhone("12345");

        assertThat(card.toString()).isEqualTo("BankCard{number=***, cvv2=, phone=***}");
    }

    @Test
    void responseToStringMasksEncryptedEchoesToo() {
        PaymentResponse response = UmfJson.fromTree(Examples.tree("3.7-execute-response.json"), PaymentResponse.class);

        String text = response.toString();

        assertThat(text).doesNotContain("409387", "15754314122",
                "TRqx2/7sTWernXUV5qRWxEmQ0s+UweQV6OaX5rqLIVazrXMvrGGic3W4jiQDdd5g0hzgwfMxJ");
        assertThat(text).contains("state=TRADE_SUCCESS", "ret_code=0000");
    }

    static PaymentRequest fullyPopulatedRequest() {
        PayerInfo payerInfo = new PayerInfo()
                .withPhone(PHONE)
                .withName(PAYER_INFO_NAME)
                .withBankCard(new BankCard().withNumber(CARD_NUMBER).withValidDate(VALID_DATE).withCvv2(CVV2)
                        .withPayerName(PAYER_NAME)
                        .withPhone(CARD_PHONE).withCitizenIdType("IDENTITY_CARD").withCitizenIdNumber(CITIZEN_ID)
                        .withVerifyCode(VERIFY_CODE))
                .withPayerAgreement(new PayerAgreement().withUsrBusiAgreementId("UB1").withUsrPayAgreementId("P1")
                        .withGateId("BOC")
                        .withLastFourCardid("0123").withValidDate(AGREEMENT_VALID_DATE).withCvv2(AGREEMENT_CVV2)
                        .withVerifyCode(AGREEMENT_VERIFY_CODE))
                .withQrCodeScan(new QrCodeScan().withCitizenIdType("IDENTITY_CARD").withCitizenIdNumber(QR_CITIZEN_ID))
                .withWechatInApp(new WechatInApp().withAppId("wxc03854ecf3af1b0a").withCitizenIdNumber(APP_CITIZEN_ID))
                .withWechatInAppWeb(new WechatInAppWeb().withOpenId("oEufkwGogWxfOlYilVepVpX4sUcs")
                        .withCitizenIdNumber(WEB_CITIZEN_ID))
                .withWechatH5(new WechatH5().withCitizenIdType("IDENTITY_CARD").withCitizenIdNumber(H5_CITIZEN_ID));
        payerInfo.putUnknownMember("bind_number", UNKNOWN_SECRET);
        Payer payer = new Payer()
                .withPaymentMethod(PaymentMethod.DEBIT_CARD)
                .withInterfaceType(InterfaceType.SERVER_TO_SERVER)
                .withBusinessType(BusinessType.B2C)
                .withBankCode("BOC")
                .withExternalCustomerId("911886886911")
                .withPayerInfo(payerInfo)
                .withEnterpriseQualification(new EnterpriseQualification().withEnterpriseName("Huaxi E-Commerce")
                        .withEnterpriseContact(CONTACT_NAME).withEnterprisePhone(CONTACT_PHONE)
                        .withEnterpriseEmail("contact@huaxi.example"));
        Order order = new Order()
                .withMerReferenceId("ORDER-20250101-1")
                .withMerDate("20250101")
                .withAmount(Amount.of("10.00", "USD"))
                .withStudentName(STUDENT_NAME)
                .withStudentId(STUDENT_ID)
                .withSchoolName("Example University")
                .addSubOrder(new SubOrder().withMerSubReferenceId("SUB-1").withTransCode("01122030")
                        .withAmount(Amount.of("10.00", "USD"))
                        .addItem(new Item().withMerItemId("ITEM-1").withType("FOOD").withName("banana").withQuantity(2)
                                .withAmount(Amount.of("10.00", "USD"))));
        RiskInfo riskInfo = new RiskInfo().withTransType("02").withGoodsType("1").withReceiverName(RECEIVER_NAME)
                .withReceiverMoblieId(RECEIVER_PHONE).withReceiverAddress(RECEIVER_ADDRESS)
                .withRegistrationIdentifyCode(REGISTRANT_ID).withRegistrationEmail(REGISTRANT_EMAIL);
        return new PaymentRequest().withPayer(payer).withOrder(order).withRiskInfo(riskInfo)
                .withNotifyUrl("https://merchant.example/umf/notify");
    }

    @Test
    void aCardNumberThatIsCiphertextIsHiddenEntirely() {
        String ciphertext = "oPo8OMwavJJdjEHxtoHIMlS8bZcg4iImwiRNOe6P1Mhx40hKzMj5IzxF0a8VXIJW6w==";

        assertThat(new BankCard().withNumber(ciphertext).toString()).doesNotContain("6w==").contains("***");
        assertThat(new BankCard().withNumber("6222021234567890123").toString()).contains("***0123");
    }
}

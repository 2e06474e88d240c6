package io.github.camelumf.sandbox.rules;

import java.util.HashMap;
import java.util.Map;

/** English and Chinese bank names of appendix 8 and the card BINs the sandbox recognises (3.2). */
public final class BankNames {

    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> BINS = new HashMap<>();
    private static final Map<String, String> CHINESE_NAMES = new HashMap<>();

    static {
        NAMES.put("ICBC", "Industrial and Commercial Bank of China");
        NAMES.put("CCB", "China Construction Bank");
        NAMES.put("ABC", "Agricultural Bank of China");
        NAMES.put("BOC", "Bank of China");
        NAMES.put("PSBC", "Postal Savings Bank of China");
        NAMES.put("COMM", "Bank of Communications");
        NAMES.put("CITIC", "China Citic Bank");
        NAMES.put("CEB", "China Everbright Bank");
        NAMES.put("HXB", "Hua Xia Bank");
        NAMES.put("CMBC", "China Minsheng Bank");
        NAMES.put("CMB", "China Merchants Bank");
        NAMES.put("SHB", "Bank of Shanghai");
        NAMES.put("BJB", "Bank of Beijing");
        NAMES.put("BEA", "Bank of East Asia");
        NAMES.put("CIB", "China Industrial Bank");
        NAMES.put("NBB", "Bank of Ningbo");
        NAMES.put("SPDB", "Shanghai Pudong Development Bank");
        NAMES.put("GDB", "Guangdong Development Bank");
        NAMES.put("SPAB", "Ping An Bank");
        NAMES.put("BSB", "Baoshang Bank");
        NAMES.put("CSCB", "Bank of Changsha");
        NAMES.put("CDB", "Bank of Chengde");
        NAMES.put("CDRCB", "Chengdu Rural Commercial Bank");
        NAMES.put("CRCB", "Chongqing Rural Commercial Bank");
        NAMES.put("CQB", "Bank of Chongqing");
        NAMES.put("DLB", "Bank of Dalian");
        NAMES.put("DYCCB", "Dongying Commercial Bank");
        NAMES.put("ORBANK", "Erdos Bank");
        NAMES.put("FJNXB", "Rural Credit Cooperative of Fujian");
        NAMES.put("GYB", "Bank of Guiyang");
        NAMES.put("GCB", "Bank of Guangzhou");
        NAMES.put("GRCB", "Guangzhou Rural Commercial Bank");
        NAMES.put("HEBB", "Harbin Bank");
        NAMES.put("HNNXB", "Rural Credit Cooperative of Hunan");
        NAMES.put("HSB", "Huishang Bank");
        NAMES.put("BHB", "Bank of Hebei");
        NAMES.put("HZCB", "Bank of Hangzhou");
        NAMES.put("BOJZ", "Bank of Jinzhou");
        NAMES.put("CSRCB", "Jiangsu Changshu Rural Commercial Bank");
        NAMES.put("JSB", "Bank of Jiangsu");
        NAMES.put("JRCB", "Jiangyin Rural Commercial Bank");
        NAMES.put("JJCCB", "Bank of Jiujiang");
        NAMES.put("LZB", "Bank of Lanzhou");
        NAMES.put("DAQINGB", "Bank of Longjiang");
        NAMES.put("QHB", "Bank of Qinghai");
        NAMES.put("SHRCB", "Shanghai Rural Commercial Bank");
        NAMES.put("SRB", "Bank of Shangrao");
        NAMES.put("SDEB", "Shunde Rural Commercial Bank");
        NAMES.put("TZCB", "Bank of Taizhou");
        NAMES.put("WHSHB", "Weihai City Commercial Bank");
        NAMES.put("WFCCB", "Bank of Weifang");
        NAMES.put("WZCB", "Bank of Wenzhou");
        NAMES.put("URMQCCB", "Urumqi City Commercial Bank");
        NAMES.put("WRCB", "Wuxi Rural Commercial Bank");
        NAMES.put("YCCB", "Yichang City Commercial Banks");
        NAMES.put("YZB", "Bank of Yinzhou");
        NAMES.put("CZCB", "Zhejiang Chouzhou Commercial Bank");
        NAMES.put("ZJTLCB", "Zhejiang Tailong Commercial Bank");
        NAMES.put("MTBANK", "Zhejiang Mintai Commercial Bank");
        NAMES.put("NJCB", "Bank of Nanjing");
        NAMES.put("NCB", "Bank of Nanchang");
        NAMES.put("QLBANK", "Qilu Bank");
        NAMES.put("YDRCB", "Yaodu Rural Commercial Bank");
        NAMES.put("WJRCB", "Wujiang Rural Commercial Bank");
        NAMES.put("CZSB", "CHINA ZHESHANG BANK CO., LTD.");
        NAMES.put("CQZS", "Chongqing General Administration");
        CHINESE_NAMES.put("ICBC", "工商银行");
        CHINESE_NAMES.put("CCB", "建设银行");
        CHINESE_NAMES.put("ABC", "农业银行");
        CHINESE_NAMES.put("BOC", "中国银行");
        CHINESE_NAMES.put("PSBC", "邮储银行");
        CHINESE_NAMES.put("COMM", "交通银行");
        CHINESE_NAMES.put("CITIC", "中信银行");
        CHINESE_NAMES.put("CEB", "光大银行");
        CHINESE_NAMES.put("HXB", "华夏银行");
        CHINESE_NAMES.put("CMBC", "民生银行");
        CHINESE_NAMES.put("CMB", "招商银行");
        CHINESE_NAMES.put("SHB", "上海银行");
        CHINESE_NAMES.put("BJB", "北京银行");
        CHINESE_NAMES.put("BEA", "东亚银行");
        CHINESE_NAMES.put("CIB", "兴业银行");
        CHINESE_NAMES.put("NBB", "宁波银行");
        CHINESE_NAMES.put("SPDB", "浦发银行");
        CHINESE_NAMES.put("GDB", "广发银行");
        CHINESE_NAMES.put("SPAB", "平安银行");
        CHINESE_NAMES.put("BSB", "包商银行");
        CHINESE_NAMES.put("CSCB", "长沙银行");
        CHINESE_NAMES.put("CDB", "承德银行");
        CHINESE_NAMES.put("CDRCB", "成都农商银行");
        CHINESE_NAMES.put("CRCB", "重庆农商银行");
        CHINESE_NAMES.put("CQB", "重庆银行");
        CHINESE_NAMES.put("DLB", "大连银行");
        CHINESE_NAMES.put("DYCCB", "东营银行");
        CHINESE_NAMES.put("ORBANK", "鄂尔多斯银行");
        CHINESE_NAMES.put("FJNXB", "福建农信");
        CHINESE_NAMES.put("GYB", "贵阳银行");
        CHINESE_NAMES.put("GCB", "广州银行");
        CHINESE_NAMES.put("GRCB", "广州农商银行");
        CHINESE_NAMES.put("HEBB", "哈尔滨银行");
        CHINESE_NAMES.put("HNNXB", "湖南农信");
        CHINESE_NAMES.put("HSB", "徽商银行");
        CHINESE_NAMES.put("BHB", "河北银行");
        CHINESE_NAMES.put("HZCB", "杭州银行");
        CHINESE_NAMES.put("BOJZ", "锦州银行");
        CHINESE_NAMES.put("CSRCB", "常熟农商银行");
        CHINESE_NAMES.put("JSB", "江苏银行");
        CHINESE_NAMES.put("JRCB", "江阴农商银行");
        CHINESE_NAMES.put("JJCCB", "九江银行");
        CHINESE_NAMES.put("LZB", "兰州银行");
        CHINESE_NAMES.put("DAQINGB", "龙江银行");
        CHINESE_NAMES.put("QHB", "青海银行");
        CHINESE_NAMES.put("SHRCB", "上海农商银行");
        CHINESE_NAMES.put("SRB", "上饶银行");
        CHINESE_NAMES.put("SDEB", "顺德农商银行");
        CHINESE_NAMES.put("TZCB", "台州银行");
        CHINESE_NAMES.put("WHSHB", "威海市商业银行");
        CHINESE_NAMES.put("WFCCB", "潍坊银行");
        CHINESE_NAMES.put("WZCB", "温州银行");
        CHINESE_NAMES.put("URMQCCB", "乌鲁木齐银行");
        CHINESE_NAMES.put("WRCB", "无锡农商银行");
        CHINESE_NAMES.put("YCCB", "宜昌市商业银行");
        CHINESE_NAMES.put("YZB", "鄞州银行");
        CHINESE_NAMES.put("CZCB", "稠州银行");
        CHINESE_NAMES.put("ZJTLCB", "泰隆银行");
        CHINESE_NAMES.put("MTBANK", "民泰银行");
        CHINESE_NAMES.put("NJCB", "南京银行");
        CHINESE_NAMES.put("NCB", "南昌银行");
        CHINESE_NAMES.put("QLBANK", "齐鲁银行");
        CHINESE_NAMES.put("YDRCB", "尧都农商银行");
        CHINESE_NAMES.put("WJRCB", "吴江农商银行");
        CHINESE_NAMES.put("CZSB", "浙商银行");
        BINS.put("622202", "ICBC");
        BINS.put("621700", "CCB");
        BINS.put("622848", "ABC");
        BINS.put("621661", "BOC");
        BINS.put("622588", "CMB");
        BINS.put("621483", "CMB");
        BINS.put("622262", "COMM");
        BINS.put("622690", "CITIC");
        BINS.put("622666", "CEB");
        BINS.put("622622", "CMBC");
        BINS.put("625809", "SPDB");
        BINS.put("622908", "CIB");
        BINS.put("625919", "SPAB");
        BINS.put("622568", "GDB");
    }

    private BankNames() {
    }

    /** The English name of a bank code, or {@code null}. */
    public static String name(String code) {
        return NAMES.get(code);
    }

    /** The Chinese name of a bank code ({@code name_zh}), or {@code null}. */
    public static String chineseName(String code) {
        return CHINESE_NAMES.get(code);
    }

    /** The bank code of a card number's 6-digit BIN, or {@code null} when the sandbox does not know the BIN. */
    public static String bankOfCard(String cardNumber) {
        return cardNumber.length() < 6 ? null : BINS.get(cardNumber.substring(0, 6));
    }
}

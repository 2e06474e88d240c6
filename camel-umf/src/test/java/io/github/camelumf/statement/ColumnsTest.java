package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import io.github.camelumf.error.UmfStatementIntegrityException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Dates, times and amounts of a statement line: read exactly, and anything else named by line and column. */
class ColumnsTest {

    private static final List<String> NAMES = List.of("date", "dateTime", "time", "dashed", "amount");

    @Test
    void datesTimesAndAmountsAreRead() {
        Columns columns = Columns.split("20180130,20180129163131,235959,2018-01-29 16:31:31, 190.93 ", 7, NAMES);

        assertThat(columns.date(1)).isEqualTo(LocalDate.of(2018, 1, 30));
        assertThat(columns.dateTime(2)).isEqualTo(LocalDateTime.of(2018, 1, 29, 16, 31, 31));
        assertThat(columns.time(3)).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(columns.dateTime(4)).isEqualTo(LocalDateTime.of(2018, 1, 29, 16, 31, 31));
        assertThat(columns.decimal(5)).isEqualByComparingTo("190.93");
    }

    @Test
    void amountsHaveTheValueAndScaleOfTheirText() {
        for (String amount : List.of("190.93", "6.80880000", "0.00", "-12.50", "+3", "007", ".5", "1.", "-0", "1E+3",
                "123456789012345678", "1234567890123456789.01", "-99999999999999999.9")) {
            BigDecimal read = Columns.split("x," + amount, 1, NAMES).decimal(2);

            assertThat(read).as(amount).isEqualTo(new BigDecimal(amount));
            assertThat(read.scale()).as(amount).isEqualTo(new BigDecimal(amount).scale());
        }
    }

    @Test
    void malformedAmountsNameLineAndColumnNeverTheValue() {
        for (String amount : List.of("12x.34", "1.2.3", "-", ".", "--1", "1-", "0x10", "1 000", "1e", "NaN")) {
            UmfStatementIntegrityException failure = catchThrowableOfType(UmfStatementIntegrityException.class,
                    () -> Columns.split(amount, 3, List.of("amount")).decimal(1));
            assertThat(failure).as(amount).isNotNull();
            assertThat(failure.getLine()).isEqualTo(3);
            assertThat(failure.getColumn()).isEqualTo(1);
            assertThat(failure.getColumnName()).isEqualTo("amount");
            assertThat(failure.getRule()).isEqualTo("not a decimal number");
            assertThat(failure.getMessage()).doesNotContain(amount);
        }
    }

    @Test
    void columnTextIsComparedInPlace() {
        Columns columns = Columns.split("USD, USD ,EUR,,N/A", 1, NAMES);

        assertThat(columns.is(1, "USD")).isTrue();
        assertThat(columns.is(2, "USD")).isTrue();
        assertThat(columns.is(3, "USD")).isFalse();
        assertThat(columns.is(3, "EU")).isFalse();
        assertThat(columns.is(9, "USD")).isFalse();
        assertThat(columns.isNull(4)).isTrue();
        assertThat(columns.isNull(5)).isTrue();
        assertThat(columns.isNull(6)).isTrue();
        assertThat(columns.isNull(1)).isFalse();
    }

    @Test
    void leapDayIsADate() {
        assertThat(Columns.split("20240229", 1, NAMES).date(1)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void notApplicableAndEmptyAreNull() {
        Columns columns = Columns.split("N/A,,N/A", 1, NAMES);

        assertThat(columns.date(1)).isNull();
        assertThat(columns.dateTime(2)).isNull();
        assertThat(columns.time(3)).isNull();
    }

    @Test
    void malformedDatesNameLineAndColumnNeverTheValue() {
        for (String date : List.of("2018013", "201801300", "2018-130", "2018013O", "20181301", "20180230",
                "20190229", "20180100", "+2018013")) {
            UmfStatementIntegrityException failure = catchThrowableOfType(UmfStatementIntegrityException.class,
                    () -> Columns.split(date, 9, NAMES).date(1));
            assertThat(failure).as(date).isNotNull();
            assertThat(failure.getLine()).isEqualTo(9);
            assertThat(failure.getColumn()).isEqualTo(1);
            assertThat(failure.getColumnName()).isEqualTo("date");
            assertThat(failure.getRule()).isEqualTo("not a date (yyyyMMdd)");
            assertThat(failure.getMessage()).doesNotContain(date);
        }
    }

    @Test
    void malformedDateTimesAndTimesFail() {
        for (String dateTime : List.of("2018012916313", "20180129163160", "20180129246000", "20180132163131",
                "2018-01-29T16:31:31", "2018-01-29 16:31", "2018/01/29 16:31:31", "2018012916313x")) {
            UmfStatementIntegrityException failure = catchThrowableOfType(UmfStatementIntegrityException.class,
                    () -> Columns.split("x," + dateTime, 4, NAMES).dateTime(2));
            assertThat(failure).as(dateTime).isNotNull();
            assertThat(failure.getColumn()).isEqualTo(2);
            assertThat(failure.getRule()).isEqualTo("not a date and time (yyyyMMddHHmmss)");
        }
        for (String time : List.of("16313", "1631311", "246000", "166000", "163160", "16:31:31", "1631a1")) {
            UmfStatementIntegrityException failure = catchThrowableOfType(UmfStatementIntegrityException.class,
                    () -> Columns.split("x,y," + time, 4, NAMES).time(3));
            assertThat(failure).as(time).isNotNull();
            assertThat(failure.getColumn()).isEqualTo(3);
            assertThat(failure.getRule()).isEqualTo("not a time (HHmmss)");
        }
    }
}

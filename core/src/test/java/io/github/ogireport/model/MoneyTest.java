package io.github.ogireport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ogireport.template.MoneyUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money keeps what was printed: the digits, the scale and the unit. */
class MoneyTest {

  @Test
  void thePrintedFormRoundTrips() {
    for (String printed : new String[] {"17920154.55元", "25.1万元", "7730.28", "24252.311082", "0元"}) {
      assertEquals(printed, Money.parse(printed).toString());
    }
    assertEquals(MoneyUnit.YUAN, Money.parse("3940元").unit());
    assertEquals(MoneyUnit.UNSTATED, Money.parse("96171.6").unit());
  }

  @Test
  void theScaleIsPartOfTheValue() {
    assertNotEquals(Money.wanYuan("25.10"), Money.wanYuan("25.1"));
    assertEquals(new BigDecimal("0.25"), Money.yuan("2500").inWanYuan(MoneyUnit.YUAN).stripTrailingZeros());
  }

  @Test
  void textThatIsNotMoneyIsRefusedWithTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("约25万元"));
    assertEquals(
        "not an amount of money: \"约25万元\" (expected up to 20 digits, optionally a point and up to"
            + " 10 digits, then 元, 万元 or nothing)",
        e.getMessage());
  }

  @Test
  void aLongAmountIsRefusedByItsLengthBeforeAnyDigitIsRead() {
    // Issue 11: a 320,000-digit amount took 5.6 s to parse; now its length is enough to refuse it.
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.parse("9".repeat(320_000) + "元"));
    assertEquals(
        "not an amount of money: 320001 characters (an amount has at most 20 digits before the"
            + " decimal point and 10 after it)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.yuan("9".repeat(320_000)));
  }

  @Test
  void theBoundsOfAnAmountHoldHoweverItIsMade() {
    assertEquals("99999999999999999999.9999999999元", Money.parse("99999999999999999999.9999999999元").toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E+20"), MoneyUnit.YUAN));
    assertEquals(
        "an amount of money has at most 20 digits before the decimal point and 10 after it; this one"
            + " has 21 and 0",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E-11"), MoneyUnit.YUAN));
    // A negative exponent of ten is kept as the digits it prints, so the round trip is exact.
    Money thousand = Money.of(new BigDecimal("1E+3"), MoneyUnit.YUAN);
    assertEquals("1000元", thousand.toString());
    assertEquals(thousand, Money.parse(thousand.toString()));
  }
}

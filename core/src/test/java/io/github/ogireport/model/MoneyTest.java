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
    assertEquals("not an amount of money: \"约25万元\" (expected digits, optionally 元 or 万元)", e.getMessage());
  }
}

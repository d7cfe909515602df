package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A decimal number whose exponent no {@code BigDecimal} holds is rejected with the pointer of the
 * field, by both readers, not with a {@code NumberFormatException} from inside the parser.
 */
class HugeExponentTest {
  private static final String DOCUMENT = Fixtures.text("huaian-2024.json");

  @Test
  void aHugeExponentIsAnErrorAtItsField() {
    String json = DOCUMENT.replaceFirst("\"year\" : 2024", "\"year\" : 92233e172036854775808");
    for (var read :
        java.util.List.<java.util.function.Consumer<String>>of(
            ReportJson::readPrintedReport, ReportJson::readAnnualReport)) {
      ReportJsonException e = assertThrows(ReportJsonException.class, () -> read.accept(json));
      assertEquals("/year", e.pointer());
      assertTrue(e.getMessage().contains("92233e172036854775808"), e::getMessage);
    }
  }
}

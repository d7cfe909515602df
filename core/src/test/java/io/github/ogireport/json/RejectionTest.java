package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Documents that are not report documents are rejected with the JSON pointer of the problem. */
class RejectionTest {
  private final String seed = Fixtures.text("seed-fangzheng-edu-2020.json");

  private static ReportJsonException rejected(String json) {
    return assertThrows(ReportJsonException.class, () -> ReportJson.readAnnualReport(json));
  }

  private static void assertPointer(String pointer, ReportJsonException e) {
    assertEquals(pointer, e.pointer());
    assertTrue(e.getMessage().startsWith("at " + pointer + ": "), e.getMessage());
  }

  @Test
  void aDuplicateKeyIsRejected() {
    String json =
        seed.replaceFirst(
            "\"NATURAL_PERSON\" : 0,", "\"NATURAL_PERSON\" : 0, \"NATURAL_PERSON\" : 0,");
    ReportJsonException e = rejected(json);
    assertPointer("/section3/NEW/NATURAL_PERSON", e);
    assertTrue(e.getMessage().contains("Duplicate field 'NATURAL_PERSON'"), e.getMessage());
  }

  @Test
  void aNegativeCountIsRejected() {
    String json =
        seed.replaceFirst("\"CARRIED\" : \\{\n      \"NATURAL_PERSON\" : 0", "\"CARRIED\" : {\n      \"NATURAL_PERSON\" : -1");
    ReportJsonException e = rejected(json);
    assertPointer("/section3/CARRIED/NATURAL_PERSON", e);
    assertTrue(e.getMessage().endsWith("a count must not be negative, found -1"), e.getMessage());
  }

  @Test
  void aCountOfTwoToTheSixtyThirdIsRejected() {
    String json =
        seed.replaceFirst("\"RECONSIDERATION\" : \\{\n      \"UPHELD\" : 0", "\"RECONSIDERATION\" : {\n      \"UPHELD\" : 9223372036854775808");
    ReportJsonException e = rejected(json);
    assertPointer("/section4/RECONSIDERATION/UPHELD", e);
    assertTrue(e.getMessage().contains("beyond the range of a count"), e.getMessage());
  }

  @Test
  void anUnknownFieldIsRejected() {
    String json = seed.replaceFirst("\"overview\" :", "\"summary\" : \"x\",\n    \"overview\" :");
    ReportJsonException e = rejected(json);
    assertPointer("/narratives/summary", e);
    assertTrue(e.getMessage().contains("unknown field \"summary\""), e.getMessage());
  }

  @Test
  void aCellTheEditionDoesNotHaveIsRejected() {
    String json = seed.replaceFirst("\"OTHER\" : \\{", "\"OTHER_1\" : {");
    assertPointer("/section3/OTHER_1", rejected(json));
  }

  @Test
  void aWrongTypeIsRejected() {
    String json = seed.replaceFirst("\"year\" : 2020", "\"year\" : \"2020\"");
    ReportJsonException e = rejected(json);
    assertPointer("/year", e);
    assertTrue(e.getMessage().endsWith("expected an integer, found a string"), e.getMessage());
  }

  @Test
  void aDecimalCountIsRejected() {
    String json =
        seed.replaceFirst("\"LICENSING\" : \\{\n        \"PREVIOUS_ITEMS\" : 6", "\"LICENSING\" : {\n        \"PREVIOUS_ITEMS\" : 6.5");
    assertPointer("/section2/ITEM_5/LICENSING/PREVIOUS_ITEMS", rejected(json));
  }

  @Test
  void aTotalThatDisagreesWithItsPartsIsRejectedInABuiltReport() {
    String json =
        seed.replaceFirst(
            "\"OTHER_ORGANIZATION\" : 0,\n      \"TOTAL\" : 0\n    \\},\n    \"CARRIED\"",
            "\"OTHER_ORGANIZATION\" : 0,\n      \"TOTAL\" : 3\n    },\n    \"CARRIED\"");
    ReportJsonException e = rejected(json);
    assertPointer("/section3/NEW/TOTAL", e);
    assertTrue(e.getMessage().contains("is 3 but its parts sum to 0"), e.getMessage());
  }

  @Test
  void malformedJsonNamesWhereItStopped() {
    ReportJsonException e = rejected("{\"formatVersion\": 1, \"edition\": ");
    assertTrue(e.getMessage().startsWith("at /edition: "), e.getMessage());
  }

  @Test
  void anUnknownEditionIsRejected() {
    ReportJsonException e = rejected(seed.replace("\"edition\" : \"2019\"", "\"edition\" : \"2018\""));
    assertPointer("/edition", e);
  }

  @Test
  void theWrongKindIsRejected() {
    ReportJsonException e =
        assertThrows(ReportJsonException.class, () -> ReportJson.readPrintedReport(seed));
    assertPointer("/kind", e);
  }
}

package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Narratives;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.template.ApplicationRow;
import io.github.ogireport.template.Applicant;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.ReviewGroup;
import io.github.ogireport.template.ReviewOutcome;
import io.github.ogireport.testkit.Fixtures;
import io.github.ogireport.testkit.SchemaAgreement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 8: the inputs that the reader, the writer and the published schema used to treat
 * differently, each now the same on all three, rejections with the JSON pointer of the problem.
 */
class StrictnessTest {
  private final String huaian = Fixtures.text("huaian-2024.json");

  private static ReportJsonException rejected(String json) {
    assertFalse(SchemaAgreement.accepts(json), "the schema rejects it too");
    return assertThrows(ReportJsonException.class, () -> ReportJson.readAnnualReport(json));
  }

  private static AnnualReport accepted(String json) {
    assertTrue(SchemaAgreement.accepts(json), "the schema accepts it too");
    return ReportJson.readAnnualReport(json);
  }

  private static void assertRejection(String pointer, String problem, ReportJsonException e) {
    assertEquals(pointer, e.pointer());
    assertEquals("at " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem, e.getMessage());
  }

  private String replace(String from, String to) {
    assertTrue(huaian.contains(from), from);
    return huaian.replace(from, to);
  }

  @Test
  void aFormatVersionBeyondIntIsNotReadAsOne() {
    assertRejection(
        "/formatVersion",
        "this library reads format version 1, not 4294967297",
        rejected(replace("\"formatVersion\" : 1", "\"formatVersion\" : 4294967297")));
  }

  @Test
  void negativeMoneyIsRejected() {
    assertRejection(
        "/section2/ITEM_8/FEES/FEE_AMOUNT",
        "an amount of money must not be negative, found -3万元",
        rejected(replace("\"96171.6万元\"", "\"-3万元\"")));
    assertRejection(
        "/narratives/processingFees/amountCollected",
        "an amount of money must not be negative, found -3940元",
        rejected(replace("\"3940元\"", "\"-3940元\"")));
  }

  @Test
  void anAmountWithTooManyDigitsIsRejectedByItsLength() {
    ReportJsonException e = rejected(replace("\"96171.6万元\"", "\"" + "9".repeat(320_000) + "\""));
    assertEquals("/section2/ITEM_8/FEES/FEE_AMOUNT", e.pointer());
    assertTrue(e.getMessage().contains("320000 characters"), e.getMessage());
  }

  @Test
  void aNarrativeTheReaderWouldRejectIsNeverWritten() {
    AnnualReport report = ReportJson.readAnnualReport(huaian);
    String longest = "政".repeat(Limits.MAX_TEXT);
    AnnualReport atTheLimit =
        AnnualReport.builder()
            .from(report)
            .narratives(Narratives.builder().from(report.narratives()).problems(longest).build())
            .build();
    String written = ReportJson.write(atTheLimit);
    assertEquals(atTheLimit, accepted(written));

    AnnualReport beyond =
        AnnualReport.builder()
            .from(report)
            .narratives(Narratives.builder().from(report.narratives()).problems(longest + "政").build())
            .build();
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ReportJson.write(beyond));
    assertEquals(
        "cannot write /narratives/problems: the text has 10000001 characters; a text of a document"
            + " has at most 10000000",
        refused.getMessage());
    // The 20,000,001 characters: the writer refuses, the reader and the schema reject.
    String huge = "x".repeat(20_000_001);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReportJson.write(
                AnnualReport.builder()
                    .from(report)
                    .narratives(Narratives.builder().problems(huge).build())
                    .build()));
    ReportJsonException e = rejected(written.replace(longest, huge));
    assertEquals("/narratives/problems", e.pointer());
  }

  @Test
  void noDocumentIsAReportJsonException() {
    assertRejection("", "no document (null)",
        assertThrows(ReportJsonException.class, () -> ReportJson.readAnnualReport((String) null)));
    assertRejection("", "no document (null)",
        assertThrows(ReportJsonException.class, () -> ReportJson.readPrintedReport((String) null)));
    assertRejection("", "no document (null)",
        assertThrows(ReportJsonException.class, () -> ReportJson.readAnnualReport((JsonNode) null)));
    assertRejection("", "no document (null)",
        assertThrows(ReportJsonException.class, () -> ReportJson.readPrintedReport((JsonNode) null)));
    assertRejection("", "expected an object, found null", rejected("null"));
    assertThrows(ReportJsonException.class, () -> ReportJson.readAnnualReport(""));
  }

  @Test
  void aLoneSurrogateIsRejectedWithItsPointerAndNeverWritten() {
    assertRejection(
        "/agency",
        "the text has a lone surrogate U+D800 at character 3, which no UTF-8 document can hold",
        rejected(replace("\"淮安市人民政府\"", "\"淮安市\\ud800人民政府\"")));
    assertRejection(
        "/narratives/problems",
        "the text has a lone surrogate U+DC00 at character 0, which no UTF-8 document can hold",
        rejected(huaian.replaceFirst("\"problems\" : \"", "\"problems\" : \"\\\\udc00")));
    // A pair is one character and is kept.
    AnnualReport pair = accepted(replace("\"淮安市人民政府\"", "\"淮安市\\ud842\\udfb7人民政府\""));
    assertEquals("淮安市\ud842\udfb7人民政府", pair.agency());

    AnnualReport report = ReportJson.readAnnualReport(huaian);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportJson.write(AnnualReport.builder().from(report).agency("淮安\udfff").build()));
    assertEquals(
        "cannot write /agency: the text has a lone surrogate U+DFFF at character 2, which no UTF-8"
            + " document can hold",
        e.getMessage());
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    assertEquals(ReportJson.readAnnualReport(huaian), accepted("\uFEFF" + huaian));
  }

  @Test
  void integersWrittenAsDecimalsAreReadAsTheSchemaReadsThem() {
    AnnualReport original = ReportJson.readAnnualReport(huaian);
    String json =
        replace("\"formatVersion\" : 1", "\"formatVersion\" : 1.0")
            .replace("\"year\" : 2024", "\"year\" : 2.024e3")
            .replace("\"UPHELD\" : 72,", "\"UPHELD\" : 7.20E1,");
    assertEquals(original, accepted(json));
    // 1e2 in a section 四 part, its total following; -0.0 for a 0.
    String block =
        "\"DIRECT_LITIGATION\" : {\n      \"UPHELD\" : 13,\n      \"CORRECTED\" : 4,\n"
            + "      \"OTHER\" : 8,\n      \"PENDING\" : 1,\n      \"TOTAL\" : 26";
    String changed =
        "\"DIRECT_LITIGATION\" : {\n      \"UPHELD\" : 1e2,\n      \"CORRECTED\" : 4,\n"
            + "      \"OTHER\" : 8,\n      \"PENDING\" : 1,\n      \"TOTAL\" : 113";
    AnnualReport hundred = accepted(replace(block, changed));
    assertEquals(100, hundred.section4().get(ReviewGroup.DIRECT_LITIGATION, ReviewOutcome.UPHELD));
    String negativeZero =
        replace(
            "\"OTHER_ORGANIZATION\" : 0,\n      \"TOTAL\" : 103",
            "\"OTHER_ORGANIZATION\" : -0.0,\n      \"TOTAL\" : 103");
    assertEquals(original, accepted(negativeZero));
    // A tree from a mapper that reads decimals as double holds 1e400 as infinity: beyond a count.
    JsonNode tree =
        assertDoesNotThrow(
            () -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(replace("\"year\" : 2024", "\"year\" : 1e400")));
    assertEquals(
        "/year", assertThrows(ReportJsonException.class, () -> ReportJson.readAnnualReport(tree)).pointer());
    // A decimal that is not whole is no count, for both.
    assertRejection(
        "/year",
        "expected an integer, found the decimal number 2024.5",
        rejected(replace("\"year\" : 2024", "\"year\" : 2024.5")));
  }

  @Test
  void aWhitespaceOnlyAgencyIsRejected() {
    for (String blank : new String[] {" ", "\\t\\n", "\u3000", "\u00a0\u200b"}) {
      assertRejection(
          "/agency",
          "the agency must not be blank",
          rejected(replace("\"淮安市人民政府\"", "\"" + blank + "\"")));
    }
  }

  @Test
  void onlyCalendarDatesOfFourDigitYearsAreAccepted() {
    String year = "\"year\" : 2024,";
    for (String wrong : new String[] {"+10000-01-01", "2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31"}) {
      assertRejection(
          "/publicationDate",
          "expected a date of the calendar as yyyy-mm-dd, found \"" + wrong + "\"",
          rejected(replace(year, year + " \"publicationDate\" : \"" + wrong + "\",")));
    }
    for (String right : new String[] {"2024-02-29", "2000-02-29", "0000-02-29", "9999-12-31"}) {
      assertEquals(
          LocalDate.parse(right),
          accepted(replace(year, year + " \"publicationDate\" : \"" + right + "\","))
              .publicationDate()
              .orElseThrow());
    }
  }

  @Test
  void aPrintedReportWithAnUnreadableLoneSurrogateIsNotWritten() {
    PrintedReport p =
        ReportJson.readAnnualReport(huaian).toPrinted()
            .withCell(
                Edition.E2021.template().cell(ApplicationRow.NEW, Applicant.NATURAL_PERSON),
                io.github.ogireport.model.PrintedCell.unreadable("3\ud800"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportJson.write(p));
    assertTrue(e.getMessage().startsWith("cannot write /section3/NEW/NATURAL_PERSON/unreadable: "), e.getMessage());
  }
}

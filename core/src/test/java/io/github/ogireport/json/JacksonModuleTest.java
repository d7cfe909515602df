package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.PrintedReport;
import io.github.ogireport.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Jackson module gives any ObjectMapper the same documents, with the same strictness. */
class JacksonModuleTest {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(ReportJson.module())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  @Test
  void aBuiltReportWritesAndReadsThroughAnyMapper() throws Exception {
    AnnualReport seed = ReportJson.readAnnualReport(Fixtures.text("seed-fangzheng-edu-2020.json"));
    String json = mapper.writeValueAsString(seed);
    assertEquals(new ObjectMapper().writeValueAsString(ReportJson.toTree(seed)), json);
    assertEquals(seed, mapper.readValue(json, AnnualReport.class));
  }

  @Test
  void aPrintedReportInsideAnotherDocument() throws Exception {
    PrintedReport printed =
        ReportJson.readAnnualReport(Fixtures.text("huaian-2024.json")).toPrinted();
    record Envelope(String source, List<PrintedReport> reports) {}
    String json = mapper.writeValueAsString(new Envelope("淮安市", List.of(printed)));
    Envelope back = mapper.readValue(json, Envelope.class);
    assertEquals(List.of(printed), back.reports());
  }

  @Test
  void aBadDocumentFailsWithItsPointer() {
    String json = Fixtures.text("seed-fangzheng-edu-2020.json").replace("\"year\" : 2020", "\"year\" : -1");
    JsonMappingException e =
        assertThrows(JsonMappingException.class, () -> mapper.readValue(json, AnnualReport.class));
    assertTrue(e.getOriginalMessage().startsWith("at /year: "), e.getOriginalMessage());
  }
}

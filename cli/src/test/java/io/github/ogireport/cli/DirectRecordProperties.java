package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.ogireport.model.PrintedReport;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The spill file's record made straight from a report ({@link Spill#encodeKept}, what the checker's
 * workers make) is the record of the kept report ({@link Spill#encode} of {@link SeriesCheck#keep}),
 * byte for byte, and a prepared report joins the series with the kept report's header.
 */
class DirectRecordProperties {
  @Provide
  Arbitrary<PrintedReport> reports() {
    return KeepProperties.printedAndRead();
  }

  @Property(tries = 300)
  void theRecordFromTheReportIsTheRecordOfTheKeptReport(@ForAll("reports") PrintedReport report) {
    byte[] direct = Spill.encodeKept(report);
    assertNotNull(direct, "every report's grid holds all of its cells");
    assertArrayEquals(Spill.encode(SeriesCheck.keep(report)), direct);
  }

  @Property(tries = 50)
  void aPreparedReportComesBackAsTheKeptReport(@ForAll("reports") PrintedReport report) throws IOException {
    try (Spill spill = new Spill()) {
      SeriesCheck s = new SeriesCheck(spill);
      SeriesCheck.Prepared p = s.prepare(report);
      PrintedReport kept = SeriesCheck.keep(report);
      assertEquals(kept.edition(), p.header().edition());
      assertEquals(kept.agency(), p.header().agency());
      assertEquals(kept.year(), p.header().year());
      assertEquals(kept.publicationDate(), p.header().publicationDate());
      assertEquals(kept, spill.read(spill.write(p.encoded())));
    }
  }
}

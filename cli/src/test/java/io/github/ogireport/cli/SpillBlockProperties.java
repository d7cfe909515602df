package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.PrintedReport;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Records written to the spill file a block at a time come back as they went, whatever the block's
 * size against the records' (records split across blocks, larger than a block, read back while
 * others are still pending), and the file holds them at the positions they were given.
 */
class SpillBlockProperties {
  @Provide
  Arbitrary<List<PrintedReport>> reports() {
    return KeepProperties.printedAndRead().list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 100)
  void recordsComeBackWhateverTheBlockSize(
      @ForAll("reports") List<PrintedReport> reports,
      @ForAll @IntRange(min = 1, max = 4_000) int blockBytes,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 11) Integer> readsBetween) throws IOException {
    List<PrintedReport> kept = new ArrayList<>();
    List<Spill.At> at = new ArrayList<>();
    try (Spill spill = new Spill(blockBytes)) {
      long end = 0;
      for (int i = 0; i < reports.size(); i++) {
        PrintedReport k = SeriesCheck.keep(reports.get(i));
        byte[] record = Spill.encode(k);
        Spill.At a = spill.write(record);
        assertEquals(end, a.position(), "each record after the one before");
        assertEquals(record.length, a.length());
        end += record.length;
        kept.add(k);
        at.add(a);
        for (int r : readsBetween) {
          if (r <= i) {
            assertEquals(kept.get(r), spill.read(at.get(r)), "record " + r + " read while others wait");
          }
        }
      }
      for (int i = kept.size() - 1; i >= 0; i--) {
        assertEquals(kept.get(i), spill.read(at.get(i)), "record " + i);
      }
      spill.flush();
      assertEquals(end, Files.size(spill.file()), "every record in the file, nothing else");
    }
  }
}

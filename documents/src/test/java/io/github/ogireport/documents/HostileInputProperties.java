package io.github.ogireport.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damaged copies of real PDF and Word files (cut short, bytes overwritten) and arbitrary bytes:
 * reading never throws and never hangs, and a file that gives no report says why in one line.
 */
class HostileInputProperties {
  private static final List<String> FILES =
      List.of("/pdf/hongze-2023.pdf", "/pdf/huaian-2024.pdf", "/official-template-2021.docx");

  @Provide
  Arbitrary<byte[]> damaged() {
    Arbitrary<byte[]> original = Arbitraries.of(FILES).map(TestFiles::bytes);
    return original.flatMap(bytes -> Arbitraries.oneOf(
        Arbitraries.integers().between(0, bytes.length - 1).map(n -> Arrays.copyOf(bytes, n)),
        Combinators.combine(
                Arbitraries.integers().between(0, bytes.length - 1).list().ofMinSize(1).ofMaxSize(40),
                Arbitraries.bytes())
            .as((at, b) -> {
              byte[] copy = bytes.clone();
              at.forEach(i -> copy[i] = b);
              return copy;
            })));
  }

  private static void readsSafely(byte[] bytes) {
    DocumentReading r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ReportDocuments.read(bytes));
    assertNotNull(r);
    if (r instanceof DocumentReading.NotRead n) {
      assertFalse(n.reason().isBlank());
      assertTrue(n.reason().lines().count() == 1, n.reason());
    }
  }

  @Property(tries = 40)
  void aDamagedDocumentIsReadOrSaysWhyNot(@ForAll("damaged") byte[] bytes) {
    readsSafely(bytes);
  }

  @Property(tries = 100)
  void anyBytesAreReadOrSayWhyNot(@ForAll byte[] bytes) {
    readsSafely(bytes);
  }
}

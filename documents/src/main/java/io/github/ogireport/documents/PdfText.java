package io.github.ogireport.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The characters of a PDF page with their positions, and how they group into lines. */
final class PdfText {
  /**
   * One character: its text, left edge, baseline (y down from the top of the page), width, height
   * and font size, all in points.
   */
  record Glyph(String text, double x, double y, double width, double height, double size) {
    double centerX() {
      return x + Math.min(width, size) / 2;
    }

    double centerY() {
      return y - Math.max(height, 1) / 2;
    }

    double right() {
      return x + Math.min(width, size * 1.2);
    }
  }

  private PdfText() {}

  /** The glyphs of one page (1-based), white space left out. */
  static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
    List<Glyph> out = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition t : positions) {
              String u = t.getUnicode();
              if (u == null || u.isBlank()) {
                continue;
              }
              double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir() * 1.4;
              out.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(), size));
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.setSortByPosition(true);
    stripper.getText(doc);
    return out;
  }

  /** One line of text: its glyphs left to right. */
  record Line(List<Glyph> glyphs) {
    double y() {
      return glyphs.get(0).y();
    }

    double top() {
      return glyphs.stream().mapToDouble(g -> g.y() - Math.max(g.height(), 1)).min().orElse(0);
    }

    /** The text, a space where the gap between two characters is wide. */
    String text() {
      StringBuilder b = new StringBuilder();
      Glyph previous = null;
      for (Glyph g : glyphs) {
        if (previous != null && g.x() - previous.right() > 0.3 * Math.max(g.size(), previous.size())) {
          b.append(' ');
        }
        b.append(g.text());
        previous = g;
      }
      return b.toString();
    }
  }

  /** Glyphs grouped into lines by their baselines, lines top to bottom. */
  static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<Line> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    double base = 0;
    for (Glyph g : sorted) {
      double tolerance = Math.max(1.5, 0.35 * g.size());
      if (!current.isEmpty() && g.y() - base > tolerance) {
        lines.add(line(current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        base = g.y();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      lines.add(line(current));
    }
    return lines;
  }

  private static Line line(List<Glyph> glyphs) {
    List<Glyph> l = new ArrayList<>(glyphs);
    l.sort(Comparator.comparingDouble(Glyph::x));
    return new Line(List.copyOf(l));
  }
}

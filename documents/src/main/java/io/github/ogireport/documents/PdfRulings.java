package io.github.ogireport.documents;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines drawn on a PDF page: stroked lines and rectangle edges, and filled rectangles
 * thin enough to be lines (as Word draws table borders). Coordinates are the page's, with y
 * growing downwards from the top of the page, as text positions have them.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {
  /** A horizontal or vertical line segment; for a horizontal one y1 == y2. */
  record Segment(double x1, double y1, double x2, double y2) {
    boolean horizontal() {
      return Math.abs(y2 - y1) < Math.abs(x2 - x1);
    }
  }

  /** Lines thinner than this (in points) that are filled rectangles count as rulings. */
  private static final double THIN = 2.5;

  private final float pageHeight;
  private final List<Segment> segments = new ArrayList<>();
  private final List<double[]> path = new ArrayList<>(); // each: x1,y1,x2,y2 straight pieces
  private final List<double[]> rectangles = new ArrayList<>();
  private Point2D current;
  private Point2D start;
  private int images;

  PdfRulings(PDPage page) {
    super(page);
    this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
  }

  static PdfRulings of(PDPage page) throws IOException {
    PdfRulings r = new PdfRulings(page);
    r.processPage(page);
    return r;
  }

  List<Segment> segments() {
    return segments;
  }

  /** How many images the page draws (a scanned page is one image and no text). */
  int images() {
    return images;
  }

  private double[] flip(Point2D p) {
    return new double[] {p.getX(), pageHeight - p.getY()};
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double[] a = flip(p0);
    double[] c = flip(p2);
    double[] b = flip(p1);
    double[] d = flip(p3);
    double minX = Math.min(Math.min(a[0], b[0]), Math.min(c[0], d[0]));
    double maxX = Math.max(Math.max(a[0], b[0]), Math.max(c[0], d[0]));
    double minY = Math.min(Math.min(a[1], b[1]), Math.min(c[1], d[1]));
    double maxY = Math.max(Math.max(a[1], b[1]), Math.max(c[1], d[1]));
    rectangles.add(new double[] {minX, minY, maxX, maxY});
    current = p0;
    start = p0;
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void clip(int windingRule) {
    // clipping paths are no rulings
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D next = new Point2D.Float(x, y);
    if (current != null) {
      double[] a = flip(current);
      double[] b = flip(next);
      path.add(new double[] {a[0], a[1], b[0], b[1]});
    }
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current == null ? new Point2D.Float() : current;
  }

  @Override
  public void closePath() {
    if (current != null && start != null) {
      double[] a = flip(current);
      double[] b = flip(start);
      path.add(new double[] {a[0], a[1], b[0], b[1]});
      current = start;
    }
  }

  @Override
  public void endPath() {
    path.clear();
    rectangles.clear();
  }

  @Override
  public void strokePath() {
    for (double[] p : path) {
      straight(p[0], p[1], p[2], p[3]);
    }
    for (double[] r : rectangles) {
      edges(r);
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    for (double[] r : rectangles) {
      double w = r[2] - r[0];
      double h = r[3] - r[1];
      if (h <= THIN && w > h) {
        segments.add(new Segment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2));
      } else if (w <= THIN && h > w) {
        segments.add(new Segment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]));
      }
    }
    // A filled polygon drawn with lines: each thin run of it is a ruling only when the whole
    // path is thin; wider filled areas are backgrounds.
    thinPolygon();
    endPath();
  }

  private void thinPolygon() {
    if (path.isEmpty()) {
      return;
    }
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (double[] p : path) {
      minX = Math.min(minX, Math.min(p[0], p[2]));
      maxX = Math.max(maxX, Math.max(p[0], p[2]));
      minY = Math.min(minY, Math.min(p[1], p[3]));
      maxY = Math.max(maxY, Math.max(p[1], p[3]));
    }
    if (maxY - minY <= THIN && maxX - minX > maxY - minY) {
      segments.add(new Segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2));
    } else if (maxX - minX <= THIN && maxY - minY > maxX - minX) {
      segments.add(new Segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY));
    }
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings are no rulings
  }

  private void edges(double[] r) {
    straight(r[0], r[1], r[2], r[1]);
    straight(r[0], r[3], r[2], r[3]);
    straight(r[0], r[1], r[0], r[3]);
    straight(r[2], r[1], r[2], r[3]);
  }

  private void straight(double x1, double y1, double x2, double y2) {
    if (Math.abs(y1 - y2) <= 0.5 && Math.abs(x1 - x2) > 0.5) {
      segments.add(new Segment(Math.min(x1, x2), y1, Math.max(x1, x2), y1));
    } else if (Math.abs(x1 - x2) <= 0.5 && Math.abs(y1 - y2) > 0.5) {
      segments.add(new Segment(x1, Math.min(y1, y2), x1, Math.max(y1, y2)));
    }
  }
}

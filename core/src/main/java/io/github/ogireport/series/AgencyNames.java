package io.github.ogireport.series;

import io.github.ogireport.read.ReportReader;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The name of an agency as a grouping key.
 *
 * <p>The normalisation is conservative: it only removes differences of form that never change
 * which agency is meant, so that two different agencies never share a key.
 *
 * <ul>
 *   <li>Unicode NFKC: full-width letters, digits and brackets become their ordinary forms ({@code
 *       （} and {@code (} are one bracket), compatibility characters their canonical ones;
 *   <li>every whitespace character (ideographic space and line breaks included) and every
 *       zero-width or other format character is removed.
 * </ul>
 *
 * <p>Nothing else is changed. In particular a place prefix is kept: {@code 淮安市洪泽区人民政府} and
 * {@code 洪泽区人民政府} are different keys, because dropping a prefix would also make {@code 淮安市人民政府}
 * and {@code 南京市人民政府} (or the 教育局 of two counties) one agency. A caller who knows that two
 * names mean one agency can map them before grouping.
 */
public final class AgencyNames {
  private AgencyNames() {}

  /** The key of the reader's mark for a name it could not find. */
  private static final String UNKNOWN_KEY = key(ReportReader.UNKNOWN_AGENCY);

  /**
   * The grouping key of a printed agency name.
   *
   * @param printed the name as printed, for example {@code 方正县 教育局}
   * @return the normalised name, for example {@code 方正县教育局}; empty text stays empty
   */
  public static String key(String printed) {
    String nfkc = Normalizer.normalize(printed, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .filter(cp -> Character.getType(cp) != Character.FORMAT)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * The grouping key of a printed name, when the name identifies an agency: empty for a name that
   * is blank once normalised, or that is the reader's mark for a name it could not find ({@link
   * ReportReader#UNKNOWN_AGENCY}). Reports without an identified agency are never grouped
   * together.
   *
   * @param printed the name as printed
   * @return the key, or empty
   */
  public static Optional<String> identifiedKey(String printed) {
    String key = key(printed);
    return key.isEmpty() || key.equals(UNKNOWN_KEY)
        ? Optional.empty()
        : Optional.of(key);
  }
}

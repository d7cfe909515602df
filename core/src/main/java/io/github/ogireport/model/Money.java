package io.github.ogireport.model;

import io.github.ogireport.template.MoneyUnit;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An amount of money with its unit, exactly as printed: {@code 17920154.55元}, {@code 7730.28} (in
 * a column whose header says 万元) or {@code 25.1万元}. The amount keeps its scale, so {@code 25.10}
 * and {@code 25.1} are different values: a round trip never loses a printed digit.
 *
 * <p>An amount has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value #MAX_FRACTION_DIGITS} after it (no agency reports more; the bound keeps every hostile
 * input cheap). A negative amount can be held, as a publication may print one, but it is never
 * valid: validation reports it ({@code I4}) and the JSON writer and reader refuse it.
 *
 * <pre>{@code
 * Money m = Money.parse("17920154.55元");
 * m.amount();   // 17920154.55
 * m.unit();     // MoneyUnit.YUAN
 * m.toString(); // "17920154.55元"
 * }</pre>
 */
@Value.Immutable
public abstract class Money {
  /** The most digits an amount has before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 20;

  /** The most digits an amount has after the decimal point. */
  public static final int MAX_FRACTION_DIGITS = 10;

  private static final Pattern TEXT =
      Pattern.compile(
          "(-?[0-9]{1,"
              + MAX_INTEGER_DIGITS
              + "}(?:\\.[0-9]{1,"
              + MAX_FRACTION_DIGITS
              + "})?)("
              + MoneyUnit.symbolsPattern()
              + ")?");

  /** The longest text {@link #parse(String)} reads: a sign, the digits, the point and a unit. */
  private static final int MAX_TEXT = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 4;

  Money() {}

  /**
   * The amount, with the scale it was printed with.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The unit printed with the amount.
   *
   * @return the unit; {@link MoneyUnit#UNSTATED} when none was printed
   */
  @Value.Parameter
  public abstract MoneyUnit unit();

  /**
   * An amount with a unit.
   *
   * @param amount the amount; its scale is kept
   * @param unit the unit
   * @return the money value
   * @throws IllegalArgumentException when the amount has more digits than the bounds allow
   */
  public static Money of(BigDecimal amount, MoneyUnit unit) {
    return ImmutableMoney.of(amount, unit);
  }

  /**
   * Checks the bounds of the amount and gives it a scale of at least 0 ({@code 1E+3} is kept as
   * {@code 1000}, as it prints).
   *
   * @return this value, or the same amount with scale 0
   * @throws IllegalArgumentException when the amount has more digits than the bounds allow
   */
  @Value.Check
  Money normalize() {
    BigDecimal a = amount();
    int integerDigits = a.precision() - a.scale();
    if (integerDigits > MAX_INTEGER_DIGITS || a.scale() > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          "an amount of money has at most "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point and "
              + MAX_FRACTION_DIGITS
              + " after it; this one has "
              + Math.max(integerDigits, 0)
              + " and "
              + Math.max(a.scale(), 0));
    }
    return a.scale() < 0 ? ImmutableMoney.of(a.setScale(0), unit()) : this;
  }

  /**
   * An amount in 元.
   *
   * @param amount the decimal amount, for example {@code "17920154.55"}
   * @return the money value
   * @throws IllegalArgumentException when the text is not a decimal number, or the amount has more
   *     digits than the bounds allow
   */
  public static Money yuan(String amount) {
    return of(decimal(amount), MoneyUnit.YUAN);
  }

  /**
   * An amount in 万元.
   *
   * @param amount the decimal amount, for example {@code "7730.28"}
   * @return the money value
   * @throws IllegalArgumentException when the text is not a decimal number, or the amount has more
   *     digits than the bounds allow
   */
  public static Money wanYuan(String amount) {
    return of(decimal(amount), MoneyUnit.WAN_YUAN);
  }

  /**
   * Parses the printed form: a decimal number followed by 元, 万元 or nothing.
   *
   * @param text for example {@code "17920154.55元"}
   * @return the money value
   * @throws IllegalArgumentException when the text is not of that form, or its amount has more
   *     digits than the bounds allow
   */
  public static Money parse(String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "not an amount of money: "
              + text.length()
              + " characters (an amount has at most "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point and "
              + MAX_FRACTION_DIGITS
              + " after it)");
    }
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not an amount of money: \""
              + text
              + "\" (expected up to "
              + MAX_INTEGER_DIGITS
              + " digits, optionally a point and up to "
              + MAX_FRACTION_DIGITS
              + " digits, then 元, 万元 or nothing)");
    }
    String unit = m.group(2) == null ? "" : m.group(2);
    return of(new BigDecimal(m.group(1)), MoneyUnit.fromSymbol(unit).orElseThrow());
  }

  /**
   * The amount in 万元, when the unit is known: 元 amounts are divided by 10,000 exactly.
   *
   * @param assumedUnit the unit to assume when none was printed
   * @return the amount in 万元
   */
  public BigDecimal inWanYuan(MoneyUnit assumedUnit) {
    MoneyUnit u = unit() == MoneyUnit.UNSTATED ? assumedUnit : unit();
    return u == MoneyUnit.YUAN ? amount().movePointLeft(4) : amount();
  }

  private static BigDecimal decimal(String amount) {
    if (amount.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "not a decimal amount: " + amount.length() + " characters, more than an amount can have");
    }
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal amount: \"" + amount + "\"", e);
    }
  }

  /**
   * The printed form, for example {@code "17920154.55元"}; {@link #parse(String)} reads it back.
   *
   * @return the amount as plain digits followed by the unit's symbol
   */
  @Override
  public String toString() {
    return amount().toPlainString() + unit().symbol();
  }
}

package io.github.ogireport.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * The unit of an amount of money, as printed next to it. The 2021 template states 万元 in the
 * column header of 本年收费金额; the 2019 template states no unit for 采购总金额, so agencies write
 * one in the cell or none at all ({@link #UNSTATED}).
 */
public enum MoneyUnit {
  /** 元 (yuan). */
  YUAN("元"),
  /** 万元 (ten thousand yuan). */
  WAN_YUAN("万元"),
  /** No unit printed with the amount. */
  UNSTATED("");

  private final String symbol;

  MoneyUnit(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The unit as printed after the amount: "元", "万元", or "" for {@link #UNSTATED}.
   *
   * @return the printed symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * A regular expression alternative of every printed unit symbol, for example {@code 元|万元}, for
   * patterns that read or check amounts of money.
   *
   * @return the alternation, without parentheses
   */
  public static String symbolsPattern() {
    return String.join(
        "|",
        Arrays.stream(values())
            .map(MoneyUnit::symbol)
            .filter(s -> !s.isEmpty())
            .map(java.util.regex.Pattern::quote)
            .toList());
  }

  /**
   * The unit whose printed symbol is the given text.
   *
   * @param symbol "元", "万元" or ""
   * @return the unit, or empty when the text is not a unit
   */
  public static Optional<MoneyUnit> fromSymbol(String symbol) {
    return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
  }
}

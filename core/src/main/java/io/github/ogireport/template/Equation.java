package io.github.ogireport.template;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One concrete instance of a numeric identity: the signed sum of the {@code expected} terms must
 * equal (or, for {@link Relation#AT_LEAST}, be at most) the signed sum of the {@code found} terms.
 *
 * <p>By convention the {@code expected} side is the one computed from parts and the {@code found}
 * side holds the printed total, so that a violation can say "总计 printed 0, parts sum to 11". For
 * I1 the expected side is 一 + 二 and the found side （七）总计 + 四.
 *
 * @param identity the identity this equation instantiates
 * @param instance what distinguishes this instance, for people (a column label such as {@code
 *     自然人}, a row label, a group label)
 * @param expected the terms whose sum is expected
 * @param found the terms whose sum is compared with it
 * @param relation equality, or "found is at least expected"
 */
public record Equation(
    Identity identity, String instance, List<Term> expected, List<Term> found, Relation relation) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @param identity the identity this equation instantiates
   * @param instance what distinguishes this instance, for people (a column label such as {@code 自然人}, a row label, a group label)
   * @param expected the terms whose sum is expected
   * @param found the terms whose sum is compared with it
   * @param relation equality, or "found is at least expected"
   */
  public Equation {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(relation, "relation");
    expected = List.copyOf(expected);
    found = List.copyOf(found);
  }

  /** How the two sides compare. */
  public enum Relation {
    /** found = expected. */
    EQUAL,
    /** found ≥ expected. */
    AT_LEAST
  }

  /**
   * Every term of both sides, expected side first.
   *
   * @return the terms
   */
  public List<Term> terms() {
    return Stream.concat(expected.stream(), found.stream()).toList();
  }

  /**
   * Every cell this equation reads, expected side first.
   *
   * @return the cells
   */
  public List<CellRef> cells() {
    return terms().stream().map(Term::cell).toList();
  }
}

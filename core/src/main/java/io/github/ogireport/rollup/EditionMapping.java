package io.github.ogireport.rollup;

import io.github.ogireport.template.Edition;
import java.util.Objects;
import java.util.Set;

/**
 * Which editions a roll-up accepts and how their cells land in the roll-up's edition.
 *
 * <p>A roll-up sums reports of one edition ({@link #of(Edition)}); a report of another edition is
 * an error, because the editions' tables differ. The only mapping between editions is explicit
 * and follows the declarations: {@link #otherHandlingOnto2019()} adds 2021-edition reports into a
 * roll-up of the 2019 edition, the three （六）其他处理 sub-rows of 2021 into the single （六）其他处理
 * row of 2019 (the rows the 2021 declaration's alternative row stands for), every other cell of
 * sections 三 and 四 to the cell with the same keys. Section 二 is not mapped: its tables differ
 * between the editions in columns and meaning, so each section 二 cell of such a roll-up counts
 * the 2021 reports as {@linkplain CellSum#unmapped() unmapped} and its sum is unknown.
 */
public final class EditionMapping {
  private final Edition target;
  private final Set<Edition> sources;

  private EditionMapping(Edition target, Set<Edition> sources) {
    this.target = Objects.requireNonNull(target, "target");
    this.sources = Set.copyOf(sources);
  }

  /**
   * Reports of one edition only.
   *
   * @param edition the edition
   * @return the mapping that accepts that edition and no other
   */
  public static EditionMapping of(Edition edition) {
    return new EditionMapping(edition, Set.of(edition));
  }

  /**
   * Reports of both editions, summed in the 2019 edition's tables: a 2021 report's three
   * （六）其他处理 rows (or the old single row it printed instead) add into the 2019 row （六）其他处理.
   *
   * @return the mapping onto the 2019 edition
   */
  public static EditionMapping otherHandlingOnto2019() {
    return new EditionMapping(Edition.E2019, Set.of(Edition.values()));
  }

  /**
   * The edition the roll-up is in.
   *
   * @return the target edition
   */
  public Edition target() {
    return target;
  }

  /**
   * Whether reports of an edition may be added.
   *
   * @param source an edition
   * @return true when this mapping accepts it
   */
  public boolean accepts(Edition source) {
    return sources.contains(source);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EditionMapping m && m.target == target && m.sources.equals(sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, sources);
  }

  @Override
  public String toString() {
    return sources.size() == 1
        ? "the " + target.id() + " edition"
        : "the editions " + sources.stream().map(Edition::id).sorted().toList() + " mapped onto "
            + target.id();
  }
}

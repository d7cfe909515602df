package io.github.ogireport.model;

import io.github.ogireport.template.Section;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The text of a report: sections 一 (总体情况), 五 (存在的主要问题及改进情况) and 六 (其他需要报告的事项), the
 * paragraphs printed with the tables of sections 二, 三 and 四, the preamble before section 一, the
 * closing (agency and date) and, for the 2021 edition, the 信息处理费 facts of section 六 as structured
 * values.
 *
 * <p>Every text defaults to the empty string; none is ever null.
 *
 * <pre>{@code
 * Narratives n = Narratives.builder()
 *     .overview("2020年，方正县教育局……")
 *     .problems("一是……")
 *     .otherMatters("本年度报告所列数据的统计期限为2020年1月1日至12月31日。")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Narratives {
  Narratives() {}

  /**
   * A builder; every text defaults to "".
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Narratives with every text empty.
   *
   * @return the empty narratives
   */
  public static Narratives empty() {
    return builder().build();
  }

  /**
   * The text before section 一 (title excluded), if any.
   *
   * @return the preamble
   */
  @Value.Default
  public String preamble() {
    return "";
  }

  /**
   * Section 一、总体情况, without its heading.
   *
   * @return the text
   */
  @Value.Default
  public String overview() {
    return "";
  }

  /**
   * Text printed with the tables of section 二, 三 or 四 (before or after them), by section.
   *
   * @return section to text; only {@link Section#TWO}, {@link Section#THREE} and {@link
   *     Section#FOUR} may appear
   */
  public abstract Map<Section, String> tableNotes();

  /**
   * Section 五、存在的主要问题及改进情况, without its heading.
   *
   * @return the text
   */
  @Value.Default
  public String problems() {
    return "";
  }

  /**
   * Section 六、其他需要报告的事项, without its heading.
   *
   * @return the text
   */
  @Value.Default
  public String otherMatters() {
    return "";
  }

  /**
   * The 信息处理费 facts of section 六 (2021 edition), when the report states them.
   *
   * @return the facts, or empty
   */
  public abstract Optional<ProcessingFees> processingFees();

  /**
   * The closing lines after section 六 (the agency's name and the date), if any.
   *
   * @return the closing
   */
  @Value.Default
  public String closing() {
    return "";
  }

  @Value.Check
  void check() {
    for (Section s : tableNotes().keySet()) {
      if (s != Section.TWO && s != Section.THREE && s != Section.FOUR) {
        throw new IllegalStateException(
            "table notes belong to sections 二, 三 and 四, not to section " + s.numeral());
      }
    }
  }

  /** Builds {@link Narratives}; every text defaults to "". */
  public static final class Builder extends ImmutableNarratives.Builder {
    Builder() {}
  }
}

package io.github.ogireport.testedition;

import io.github.ogireport.template.Article20Item;
import io.github.ogireport.template.DisclosureRow;
import io.github.ogireport.template.Edition;
import io.github.ogireport.template.EditionDeclaration;

/**
 * An edition declared in the tests, as docs/adding-an-edition.md says to declare one: the 2021
 * edition plus one row (其他对外管理服务事项 under 第二十条第（五）项). This file is its whole
 * declaration; nothing in the library's main code names it.
 */
public final class TestEdition {
  /** Its identifier, as JSON documents write it. */
  public static final String ID = "2025";

  private TestEdition() {}

  /**
   * Declares the test edition.
   *
   * @return the new edition
   */
  public static Edition declare() {
    return EditionDeclaration.basedOn(Edition.E2021)
        .withRow(Article20Item.ITEM_5, DisclosureRow.OTHER_SERVICES, "其他对外管理服务事项")
        .declare(ID, 2025);
  }
}

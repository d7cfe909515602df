/**
 * The statutory template of the 政府信息公开工作年度报告, as data.
 *
 * <p>Each {@link io.github.ogireport.template.Edition} (2019 and 2021) is one declaration of its
 * tables ({@link io.github.ogireport.template.TableDecl}): the section 二 sub-tables under 第二十条,
 * the section 三 matrix and the section 四 table, with stable row and column keys, the official
 * Chinese labels verbatim and each cell's {@link io.github.ogireport.template.CellKind}. The
 * identities I1–I13 ({@link io.github.ogireport.template.Identity}) are declared next to the tables,
 * together with the concrete equations they expand to ({@link io.github.ogireport.template.Equation})
 * and the totals they define ({@link io.github.ogireport.template.Derivation}).
 *
 * <p>Everything else in the library reads these declarations: the model derives its totals from
 * them, validation evaluates them, JSON takes its keys and its schema from them. An official label
 * is written here and nowhere else.
 */
@ValueStyle
package io.github.ogireport.template;

import io.github.ogireport.internal.ValueStyle;

/**
 * A fluent builder for the 政府信息公开工作年度报告, on the public API of {@code core}.
 *
 * <p>Start from {@link io.github.ogireport.dsl.AnnualReports}: {@code
 * AnnualReports.edition2021("淮安市人民政府", 2024)} or {@code edition2019(...)}. Each edition's builder
 * offers that edition's rows and columns only, so a row of the other edition does not compile.
 * Section 三 is entered row by row, applicant column by applicant column, in printed order; totals
 * are never entered: the model derives them. A row never entered is an error ({@code
 * NOT_ENTERED}), not a silent zero, unless {@code remainingRowsZero()} says so.
 *
 * <pre>{@code
 * Validation<Seq<Violation>, Validated<AnnualReport>> result =
 *     AnnualReports.edition2021("淮安市人民政府", 2024)
 *         .overview("2024 年，全市共受理政府信息公开申请 3119 件……")
 *         .section2(s -> s.rules(1, 0, 11).normativeDocuments(8, 26, 66)
 *             .licensing(447228).penalties(3985758).coercion(88283).fees(wanYuan("96171.6")))
 *         .section3(s -> s
 *             .newlyReceived().naturalPerson(3001).commercialEnterprise(53).researchInstitution(0)
 *                 .publicInterestOrganization(0).legalServiceInstitution(61).otherOrganization(4)
 *             .carriedOver().naturalPerson(34).commercialEnterprise(0).researchInstitution(0)
 *                 .publicInterestOrganization(0).legalServiceInstitution(0).otherOrganization(0)
 *             // … the other rows …
 *             .remainingRowsZero())
 *         .section4(s -> s.reconsideration().upheld(72).corrected(64).otherOutcome(178).pending(37)
 *             .remainingGroupsZero())
 *         .problems("……").otherMatters("……")
 *         .build();
 * }</pre>
 *
 * <p>Step types (the interfaces of {@link io.github.ogireport.dsl.RowSteps} and the section
 * builders) are for chaining, not for holding in variables. To build from data (rows from a
 * database, a map of counts, an optional table), pass values: {@code row(ApplicationRow,
 * ApplicantCounts)}, {@code rows(Map)}, {@code group(ReviewGroup, OutcomeCounts)}, {@code
 * cell(...)}.
 */
package io.github.ogireport.dsl;

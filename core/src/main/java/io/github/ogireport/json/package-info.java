/**
 * JSON for reports, through jackson-databind 2.x, with a JSON Schema per edition.
 *
 * <p>{@link io.github.ogireport.json.ReportJson} writes and reads both kinds of report. Every
 * document carries {@code "formatVersion"}, {@code "edition"} and {@code "kind"} ({@code "report"}
 * for a report built in code, {@code "printed"} for one read from a publication); its table keys
 * are the stable keys of the edition's declaration. A cell is an integer (a count), a string such
 * as {@code "17920154.55元"} (money, keeping its printed scale), {@code null} (blank), {@code
 * {"blank": "/"}} (blank printed as a mark), {@code {"unreadable": "text"}} or {@code {"notRead":
 * "why"}} (a cell the reader did not find: not a blank). No vavr type ever
 * appears in a document.
 *
 * <p>Reading is strict: an unknown field, a wrong type, a negative count or amount, a duplicate
 * key, a number beyond {@code long}, a blank agency, an impossible date, a text too long or with a
 * lone surrogate, or a total that disagrees with its parts in a built report is rejected with a
 * {@link io.github.ogireport.json.ReportJsonException} that names the JSON pointer of the offending
 * value. The reader and the published schemas accept the same documents, the arithmetic of a built
 * report aside; the writer never writes a document the reader would reject. The schemas are generated from the edition declarations by {@link
 * io.github.ogireport.json.JsonSchemas} and published as resources ({@link
 * io.github.ogireport.json.ReportJson#schema(io.github.ogireport.template.Edition)}).
 */
package io.github.ogireport.json;

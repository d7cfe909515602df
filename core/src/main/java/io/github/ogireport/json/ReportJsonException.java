package io.github.ogireport.json;

/**
 * A JSON document that is not a valid report document. The message starts with the JSON pointer
 * of the offending value, for example {@code at /section3/NEW/NATURAL_PERSON: a count must not be
 * negative, found -1}.
 */
public final class ReportJsonException extends RuntimeException {
  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value. */
  private final String pointer;

  ReportJsonException(String pointer, String problem) {
    super("at " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem);
    this.pointer = pointer;
  }

  ReportJsonException(String pointer, String problem, Throwable cause) {
    this(pointer, problem);
    initCause(cause);
  }

  /**
   * The JSON pointer (RFC 6901) of the offending value; "" for the whole document.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }
}

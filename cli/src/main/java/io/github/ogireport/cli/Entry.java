package io.github.ogireport.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file the checker was given or found in a folder, before it is read.
 *
 * @param path the file
 * @param shown the name printed for it: its file name, control characters (a newline) escaped
 * @param skipped why a file found in a folder is not read (a folder, another format, a link loop)
 * @param unreadable why a file cannot be read before it is even opened (missing, a FIFO, a device)
 */
record Entry(Path path, String shown, Optional<String> skipped, Optional<String> unreadable) {

  static Entry read(Path path) {
    return new Entry(path, shown(path), Optional.empty(), Optional.empty());
  }

  static Entry skip(Path path, String why) {
    return new Entry(path, shown(path), Optional.of(why), Optional.empty());
  }

  static Entry cannotRead(Path path, String why) {
    return new Entry(path, shown(path), Optional.empty(), Optional.of(why));
  }

  /** A file's name as printed: a newline or any other control character escaped, so one file is one line. */
  static String shown(Path path) {
    Path name = path.getFileName();
    return escape(name == null ? path.toString() : name.toString());
  }

  /**
   * A name with each control or format character escaped; the name itself when it has none, found
   * in one pass over its chars.
   */
  static String escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '\\' || (c >= 0x7F && !isPlain(c))) {
        return escapeByCodePoints(s);
      }
    }
    return s;
  }

  /** Whether a char at or above U+007F stands for itself: no control, no format char, no surrogate. */
  private static boolean isPlain(char c) {
    return !Character.isSurrogate(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
  }

  /** {@link #escape}, code point by code point. */
  static String escapeByCodePoints(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append("\\\\");
                default -> {
                  if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    b.append(String.format("\\u%04x", c));
                  } else {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.toString();
  }
}

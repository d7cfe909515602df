package io.github.ogireport.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the command's arguments into the files to check. A file named on the command line is read
 * whatever its name (the format is told from the content); in a folder, the files with a report's
 * extension are read and every other entry is named as skipped with why. No file is opened here:
 * the type is checked first, so a FIFO never blocks the run.
 */
final class Inputs {
  /** The extensions read in a folder. */
  static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "txt", "md", "html", "htm");

  private Inputs() {}

  static List<Entry> expand(List<String> args, Lang l) {
    List<Entry> entries = new ArrayList<>();
    for (String a : args) {
      Path p;
      try {
        p = Path.of(a);
      } catch (InvalidPathException e) {
        entries.add(new Entry(Path.of(""), Entry.escape(a), java.util.Optional.empty(),
            java.util.Optional.of(l.t("不是有效的路径：", "not a valid path: ") + e.getReason())));
        continue;
      }
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        entries.add(Entry.cannotRead(p, l.t("没有这个文件或文件夹", "no such file or folder")));
        continue;
      } catch (IOException | SecurityException e) {
        entries.add(Entry.cannotRead(p, why(e, l)));
        continue;
      }
      if (attributes.isDirectory()) {
        folder(p, entries, l);
      } else if (attributes.isRegularFile()) {
        entries.add(Entry.read(p));
      } else {
        entries.add(Entry.cannotRead(p, notRegular(l)));
      }
    }
    return entries;
  }

  private static void folder(Path dir, List<Entry> entries, Lang l) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(children::add);
    } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
      entries.add(Entry.cannotRead(dir, l.t("无法列出文件夹内容：", "cannot list the folder: ") + why(e, l)));
      return;
    }
    // by name, each name made once (not once per comparison)
    String[] names = new String[children.size()];
    Integer[] order = new Integer[children.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = String.valueOf(children.get(i).getFileName());
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing(i -> names[i]));
    for (Integer i : order) {
      Path c = children.get(i);
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(c, BasicFileAttributes.class);
      } catch (IOException | SecurityException e) {
        entries.add(Entry.skip(c, why(e, l)));
        continue;
      }
      if (a.isDirectory()) {
        entries.add(Entry.skip(c, l.t("文件夹（不查找文件夹中的文件夹）", "a folder (folders inside a folder are not searched)")));
      } else if (!a.isRegularFile()) {
        entries.add(Entry.cannotRead(c, notRegular(l)));
      } else if (!EXTENSIONS.contains(extension(c))) {
        entries.add(Entry.skip(c, l.t(
            "不是报告的文件类型（文件夹中只读取 ." + String.join("、.", sorted()) + " 文件；在命令行上写出文件名即可照样读取）",
            "not a report's file type (." + String.join(", .", sorted())
                + " are read in a folder; name the file to read it anyway)")));
      } else {
        entries.add(Entry.read(c));
      }
    }
  }

  private static List<String> sorted() {
    return EXTENSIONS.stream().sorted().toList();
  }

  private static String extension(Path p) {
    String n = String.valueOf(p.getFileName());
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String notRegular(Lang l) {
    return l.t("不是普通文件（管道、套接字或设备）", "not a regular file (a FIFO, a socket or a device)");
  }

  /** An I/O failure in words: a symbolic link loop is named as such; the system's own text is kept. */
  static String why(Exception e, Lang l) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      String r = f.getReason();
      return r.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links")
          ? l.t("符号链接循环", "a symbolic link loop") + l.open + r + l.close
          : r;
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}

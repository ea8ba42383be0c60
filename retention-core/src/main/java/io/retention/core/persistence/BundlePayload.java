package io.retention.core.persistence;

import io.retention.core.RetentionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The bounded reading of a bundle file and its ZIP payload for {@link ModelBundleFile}: nothing is
 * allocated for a file or an entry before its size is known to be within the limits.
 */
final class BundlePayload {
  private BundlePayload() {}

  /** The entries of a payload whose names, sizes and total are within the limits. */
  static Map<String, byte[]> unzip(
      byte[] bytes,
      int headerBytes,
      int bodyLength,
      Set<String> names,
      long maxEntry,
      long maxTotal,
      String source) {
    // First pass: names and inflated sizes only, nothing kept, so that a small file that inflates
    // to gigabytes is refused before anything is allocated for it.
    long total = 0;
    Set<String> seen = new HashSet<>();
    try (ZipInputStream zip = payload(bytes, headerBytes, bodyLength)) {
      ZipEntry e;
      byte[] scratch = new byte[64 * 1024];
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (!names.contains(name)) {
          throw new RetentionException(
              source + " has an unknown entry '" + shorten(name) + "': it is not a model bundle");
        }
        if (!seen.add(name)) {
          throw new RetentionException(source + " has the entry '" + name + "' twice");
        }
        if (e.getSize() > maxEntry) {
          throw tooLarge(source, name, e.getSize(), maxEntry);
        }
        long size = 0;
        for (int n = zip.read(scratch); n >= 0; n = zip.read(scratch)) {
          size += n;
          if (size > maxEntry) {
            throw tooLarge(source, name, size, maxEntry);
          }
        }
        total += size;
        if (total > maxTotal) {
          throw new RetentionException(
              source
                  + " inflates to more than "
                  + maxTotal
                  + " bytes in all: refused as too large for a model bundle");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // ZipInputStream throws IllegalArgumentException for an entry name that is not UTF-8.
      throw new RetentionException(source + " has an unreadable payload: " + e.getMessage(), e);
    }
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = payload(bytes, headerBytes, bodyLength)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        entries.put(e.getName(), zip.readNBytes((int) maxEntry));
      }
    } catch (IOException | IllegalArgumentException e) {
      // ZipInputStream throws IllegalArgumentException for an entry name that is not UTF-8.
      throw new RetentionException(source + " has an unreadable payload: " + e.getMessage(), e);
    }
    for (String required : List.of("manifest", "features", "model")) {
      if (!entries.containsKey(required)) {
        throw new RetentionException(source + " lacks its '" + required + "' entry");
      }
    }
    return entries;
  }

  private static ZipInputStream payload(byte[] bytes, int headerBytes, int bodyLength) {
    return new ZipInputStream(
        new ByteArrayInputStream(bytes, headerBytes, bodyLength - headerBytes));
  }

  private static RetentionException tooLarge(
      String source, String entry, long size, long maxEntry) {
    return new RetentionException(
        source
            + ": its '"
            + entry
            + "' entry inflates to "
            + (size > maxEntry ? "more than " + maxEntry : Long.toString(size))
            + " bytes, over the limit of "
            + maxEntry
            + ": refused as too large for a model bundle");
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** A file's bytes, refused before reading when it is larger than {@code maxFile}. */
  static byte[] readFile(Path file, long maxFile) throws IOException {
    long size = Files.size(file);
    if (size > maxFile) {
      throw new RetentionException(
          file
              + " is "
              + size
              + " bytes, over the limit of "
              + maxFile
              + " for a model bundle: refused");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) maxFile + 1);
      if (bytes.length > maxFile) {
        throw new RetentionException(file + " grew past the limit while it was read: refused");
      }
      return bytes;
    }
  }
}

package org.fazhi.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.fazhi.jackson.Dataset;
import org.fazhi.jackson.DatasetException;
import org.fazhi.jackson.DatasetReader;

/** The datasets bundled in the examples jar. */
public final class BundledData {

  /** The classpath resource of the 泾源县 2024 dataset. */
  public static final String JINGYUAN_2024 = "/org/fazhi/examples/jingyuan-2024.json";

  private BundledData() {}

  /**
   * Reads the 泾源县 2024 dataset: the seed report rebuilt from records and counts.
   *
   * @return the dataset
   * @throws IllegalStateException if the bundled file is missing or invalid, which is a bug
   */
  public static Dataset jingyuan() {
    try (InputStream in = BundledData.class.getResourceAsStream(JINGYUAN_2024)) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset " + JINGYUAN_2024 + " is missing");
      }
      return DatasetReader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DatasetException e) {
      throw new IllegalStateException("the bundled dataset is invalid:\n" + e.getMessage(), e);
    }
  }
}

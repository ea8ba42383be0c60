package io.retention.examples.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.adapters.csv.CellEscaping;
import io.retention.adapters.csv.CsvAdaptersModule;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunConfig;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.InputCheck;
import io.retention.core.persistence.AtomicFiles;
import io.retention.core.persistence.BundleKeys;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.strategy.RetentionPolicy;
import io.retention.core.strategy.StrategyConfig;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoModule;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How the subcommands wire the library: the same Guice modules as {@code DemoCommand} (features,
 * Tribuo, CSV sinks) plus the customer layout, the default retention strategy, and the model bundle
 * file written by {@code train} and read by {@code score}, {@code explain} and {@code plan}.
 */
final class CliWiring {
  private CliWiring() {}

  /**
   * The injector for one command.
   *
   * @param schema the layout of the customer table
   * @param output the output folder the CSV sinks write into
   * @param seed the seed of the trainers
   * @param trees the number of trees of the random-forest candidate
   * @return the injector
   */
  static Injector injector(CustomerSchema schema, Path output, long seed, int trees) {
    return injector(schema, output, seed, trees, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * The injector for one command whose sinks write cells as asked.
   *
   * @param schema the layout of the customer table
   * @param output the output folder the CSV sinks write into
   * @param seed the seed of the trainers
   * @param trees the number of trees of the random-forest candidate
   * @param cells how the sinks write text cells
   * @return the injector
   */
  static Injector injector(
      CustomerSchema schema, Path output, long seed, int trees, CellEscaping cells) {
    return Guice.createInjector(
        new FeaturesModule(),
        new TribuoModule(
            LogisticRegressionConfig.DEFAULTS.withSeed(seed),
            RandomForestConfig.DEFAULTS.withSeed(seed).withTrees(trees)),
        new CsvAdaptersModule(output, cells),
        binder -> {
          binder.bind(CustomerSchema.class).toInstance(schema);
          binder.bind(StrategyConfig.class).toInstance(StrategyConfig.DEFAULTS);
          binder.bind(RetentionPolicy.class).toInstance(RetentionPolicy.defaultPreset());
        });
  }

  /**
   * The injector with the default seed and forest size, for commands that train nothing.
   *
   * @param schema the layout of the customer table
   * @param output the output folder
   * @return the injector
   */
  static Injector injector(CustomerSchema schema, Path output) {
    return injector(schema, output, RunConfig.DEFAULT_SEED, RunConfig.DEFAULT_FOREST_TREES);
  }

  /**
   * The bundle file format with the codecs the modules bind.
   *
   * @param injector the injector
   * @param keys the keys it signs and checks with
   * @return the format
   */
  static ModelBundleFile bundleFormat(Injector injector, BundleKeys keys) {
    return injector.getInstance(ModelBundleFile.class).withKeys(keys);
  }

  /**
   * Writes a bundle to a file: a temporary file in the same folder, moved into place, so a reader
   * never sees half a bundle.
   *
   * @param format the file format
   * @param bundle the bundle
   * @param file the target
   * @throws RetentionIoException if the file cannot be written
   */
  static void saveBundle(ModelBundleFile format, ChurnModelBundle bundle, Path file) {
    byte[] bytes = format.write(bundle);
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      throw RetentionIoException.cannot("write the model bundle", file, e);
    }
  }

  /**
   * Reads a bundle file's bytes.
   *
   * @param file the bundle file
   * @return its bytes
   * @throws RetentionException if it is missing or unreadable, naming it and {@code --model}
   */
  static byte[] readBundleBytes(Path file) {
    CustomerInput.requireFile(file, "--model");
    try {
      return ModelBundleFile.readFile(file);
    } catch (NoSuchFileException e) {
      throw new RetentionIoException("file not found: " + file + " (--model)", file, e);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
  }

  /**
   * Whether a bundle holds a whole run's model.
   *
   * @param format the file format
   * @param bytes the file's bytes
   * @param file the file, for messages
   * @return true for a run's bundle
   * @throws RetentionException if the bytes are not a bundle, naming the file and {@code --model}
   */
  static boolean holdsRunModel(ModelBundleFile format, byte[] bytes, Path file) {
    try {
      return format.holdsRunModel(bytes, file.toString());
    } catch (RetentionException e) {
      throw new RetentionException(
          file + " (--model) is not a usable model bundle: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a whole run's model.
   *
   * @param format the file format
   * @param bytes the file's bytes
   * @param file the file, for messages
   * @return the model
   * @throws RetentionException if it cannot be read, naming the file and {@code --model}
   */
  static RetentionModel loadRunModel(ModelBundleFile format, byte[] bytes, Path file) {
    try {
      return format.readModel(bytes, file.toString());
    } catch (RetentionException e) {
      throw new RetentionException(
          file + " (--model) is not a usable model bundle: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a bundle written by {@code retention train}.
   *
   * @param format the file format
   * @param file the bundle file
   * @return the bundle
   * @throws RetentionException if the file is missing, or is not a bundle (foreign, truncated,
   *     corrupted), naming the file and the {@code --model} option
   */
  static ChurnModelBundle loadBundle(ModelBundleFile format, Path file) {
    byte[] bytes = readBundleBytes(file);
    try {
      return format.read(bytes, file.toString());
    } catch (RetentionException e) {
      throw new RetentionException(
          file + " (--model) is not a usable model bundle: " + e.getMessage(), e);
    }
  }

  /**
   * Checks that customers read with a layout carry every attribute a bundle's features were fitted
   * on, each of the kind it was fitted as; otherwise they would be scored with those attributes
   * imputed or misread, silently.
   *
   * @param bundle the model bundle
   * @param schema the layout the customers were read with
   * @param customers the customer file, for the message
   * @param model the bundle file, for the message
   * @throws RetentionException naming the missing attributes, or those of another kind
   */
  static void requireFits(
      ChurnModelBundle bundle, CustomerSchema schema, Path customers, Path model) {
    InputCheck.requireLayout(
        bundle.features().inputs(),
        schema,
        "the customers in "
            + customers
            + " (mapping '"
            + schema.name()
            + "') do not fit the model in "
            + model);
    Set<String> needed = new LinkedHashSet<>();
    for (FeatureDescription d : bundle.features().describe()) {
      needed.addAll(d.sources());
    }
    needed.removeAll(schema.numericAttributes());
    needed.removeAll(schema.categoricalAttributes());
    if (!needed.isEmpty()) {
      throw new RetentionException(
          "the customers in "
              + customers
              + " (mapping '"
              + schema.name()
              + "') lack the attributes "
              + needed
              + " that the model in "
              + model
              + " was trained on; use the mapping the model was trained with");
    }
  }
}

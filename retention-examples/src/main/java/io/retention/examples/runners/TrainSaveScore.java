package io.retention.examples.runners;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.core.RetentionIoException;
import io.retention.core.application.TrainChurnModel;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.persistence.FileModelStore;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ProgressListener;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.TribuoModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains a churn model, saves it as a model bundle file, loads the file back and scores a customer
 * the model has not seen, with the model before and after the round trip.
 *
 * <p>Run with no arguments to use generated customers and a temporary folder, or give a customers
 * CSV file, optionally a preset name or mapping file, and optionally a folder for the bundle:
 *
 * <pre>
 * java -cp retention-examples/target/retention.jar io.retention.examples.runners.TrainSaveScore \
 *     [customers.csv [netflix|telco|bank|mapping-file [model-folder]]]
 * </pre>
 */
public final class TrainSaveScore {
  /** The name the bundle is saved under. */
  public static final String MODEL_NAME = "churn";

  private TrainSaveScore() {}

  /**
   * What a run did.
   *
   * @param bundleFile the saved bundle
   * @param trainedOn how many customers the model learned from
   * @param before the held-out customer's score with the trained model
   * @param after the same customer's score with the loaded model
   */
  public record Result(Path bundleFile, int trainedOn, ChurnScore before, ChurnScore after) {}

  /**
   * Trains on every customer but the last, saves and loads the bundle, and scores the last one.
   *
   * @param schema the customers' layout
   * @param customers labelled customers, at least two of each class among all but the last
   * @param modelFolder where the bundle is saved
   * @return the result
   */
  public static Result run(CustomerSchema schema, List<Customer> customers, Path modelFolder) {
    // Wire the standard feature set and Tribuo's logistic regression with Guice.
    Injector injector =
        Guice.createInjector(
            new FeaturesModule(),
            new TribuoModule(),
            binder -> binder.bind(CustomerSchema.class).toInstance(schema));
    List<Customer> training = customers.subList(0, customers.size() - 1);
    Customer unseen = customers.get(customers.size() - 1);
    ChurnModelBundle bundle =
        injector.getInstance(TrainChurnModel.class).train(training, ProgressListener.NONE);

    // A bundle file holds the fitted features and the model, stored by the codecs the modules bind.
    ModelBundleFile format = injector.getInstance(ModelBundleFile.class);
    FileModelStore store = new FileModelStore(modelFolder, format);
    store.save(MODEL_NAME, bundle);
    ChurnModelBundle loaded = store.load(MODEL_NAME);

    return new Result(
        store.pathOf(MODEL_NAME), training.size(), bundle.score(unseen), loaded.score(unseen));
  }

  /**
   * Runs the example and prints what it did.
   *
   * @param args optional: customers CSV file, preset or mapping file, model folder
   * @throws IOException if the temporary model folder cannot be created
   */
  public static void main(String[] args) throws IOException {
    RunnerInput input =
        RunnerInput.fromArgs(args.length > 2 ? new String[] {args[0], args[1]} : args);
    Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("retention-model");
    Result r = run(input.schema(), input.customers(), folder);
    System.out.printf(
        Locale.ROOT,
        "trained on %d customers from %s%nsaved %s (%d bytes)%n"
            + "customer %s: churn probability %.4f trained, %.4f after loading%n",
        r.trainedOn(),
        input.source(),
        r.bundleFile(),
        size(r.bundleFile()),
        r.after().customer().value(),
        r.before().probability(),
        r.after().probability());
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read the size of", file, e);
    }
  }
}

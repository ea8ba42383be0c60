package io.retention.core.port.out;

/**
 * Keeps trained model bundles between runs. Implementations check integrity on load: a truncated,
 * corrupted or foreign bundle is refused with a clear {@link io.retention.core.RetentionException},
 * and a loaded bundle scores exactly as the saved one did.
 */
public interface ModelStore {

  /**
   * Stores a bundle under a name, replacing any bundle of that name atomically.
   *
   * @param name the bundle's name
   * @param bundle the bundle
   */
  void save(String name, ChurnModelBundle bundle);

  /**
   * Loads a bundle.
   *
   * @param name the bundle's name
   * @return the bundle
   * @throws io.retention.core.RetentionException if there is no such bundle or it fails its checks
   */
  ChurnModelBundle load(String name);
}

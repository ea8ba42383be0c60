package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.Guice;
import com.google.inject.Module;
import io.retention.core.domain.Customer;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.RecommenderFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommenderModuleTest {
  private static final Customer NEW_COMEDY_FAN =
      Customer.builder("new").categorical("favourite", "Comedy").build();

  @Test
  void theGenreMappingGivenServesColdStarts() {
    assertEquals(
        "matches your favourite genre Comedy", firstReason(new RecommenderModule(Fixtures.GENRES)));
    assertEquals(
        "matches your favourite genre Comedy",
        firstReason(new RecommenderModule(RecommenderConfig.DEFAULTS, Fixtures.GENRES)));
    assertEquals(
        "matches your favourite genre Comedy",
        firstReason(new RecommenderModule()),
        "the default Netflix mapping links Comedy to the fixture's Comedies");
  }

  @Test
  void withoutALinkToTheCatalogGenresAColdStartGetsThePopularTitles() {
    assertEquals(
        "popular with viewers", firstReason(new RecommenderModule(new GenreMapping(Map.of()))));
  }

  @Test
  void theMappingIsRequired() {
    assertThrows(NullPointerException.class, () -> new RecommenderModule((GenreMapping) null));
  }

  private static String firstReason(Module module) {
    RecommenderFactory.Builder builder =
        Guice.createInjector(module)
            .getInstance(RecommenderFactory.class)
            .builder(Fixtures.CATALOG, Fixtures.SCHEMA);
    Fixtures.events().forEach(builder::add);
    return builder.build().recommend(NEW_COMEDY_FAN, 3).get(0).reason();
  }
}

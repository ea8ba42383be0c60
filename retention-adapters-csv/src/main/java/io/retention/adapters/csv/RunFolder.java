package io.retention.adapters.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The results folder of a run: the names of its files, and {@code metrics.json} written and read
 * back as a {@link RunSummary}.
 *
 * <p>A run writes, beside {@code metrics.json}: the customers it used ({@link #CUSTOMERS}), the
 * catalog ({@link #TITLES}) and viewing events ({@link #EVENTS}) when it had them, churn scores,
 * segments, RFM scores, explanations, recommendations, the ranked plan, the model bundle and the
 * report. Non-finite numbers in the summary are written as JSON {@code null} and read back as NaN.
 */
public final class RunFolder {

  /** The id column of the {@link #CUSTOMERS} file a run writes. */
  public static final String CUSTOMER_ID_COLUMN = "customer_id";

  /** The churn label column of the {@link #CUSTOMERS} file a run writes. */
  public static final String CHURNED_COLUMN = "churned";

  /** The customer id column of {@link #RFM}. */
  public static final String RFM_CUSTOMER_ID = "customer_id";

  /** The recency column of {@link #RFM}. */
  public static final String RFM_RECENCY = "recency";

  /** The frequency column of {@link #RFM}. */
  public static final String RFM_FREQUENCY = "frequency";

  /** The monetary column of {@link #RFM}. */
  public static final String RFM_MONETARY = "monetary";

  /** The r score column of {@link #RFM}. */
  public static final String RFM_R_SCORE = "r_score";

  /** The f score column of {@link #RFM}. */
  public static final String RFM_F_SCORE = "f_score";

  /** The m score column of {@link #RFM}. */
  public static final String RFM_M_SCORE = "m_score";

  /** The rfm label column of {@link #RFM}. */
  public static final String RFM_LABEL = "rfm_label";

  /** The columns of {@link #RFM}. */
  public static final List<String> RFM_HEADER =
      List.of(
          RFM_CUSTOMER_ID,
          RFM_RECENCY,
          RFM_FREQUENCY,
          RFM_MONETARY,
          RFM_R_SCORE,
          RFM_F_SCORE,
          RFM_M_SCORE,
          RFM_LABEL);

  /** The customers the run used, in the Netflix churn layout plus tenure. */
  public static final String CUSTOMERS = "customers.csv";

  /** The mapping file that reads {@link #CUSTOMERS} back. */
  public static final String CUSTOMER_MAPPING = "customers.mapping";

  /** The catalog, in the {@code netflix_titles} layout. */
  public static final String TITLES = "titles.csv";

  /** Viewing events: customer, title, time. */
  public static final String EVENTS = "watch_events.csv";

  /** Churn probability per customer. */
  public static final String SCORES = "scores.csv";

  /** Segment per customer. */
  public static final String SEGMENTS = "segments.csv";

  /** RFM scores and label per customer. */
  public static final String RFM = "rfm.csv";

  /** Top SHAP contributions per explained customer. */
  public static final String EXPLANATIONS = "explanations.csv";

  /** Recommended titles per customer. */
  public static final String RECOMMENDATIONS = "recommendations.csv";

  /** The ranked retention plan, one row per customer. */
  public static final String PLANS = "plans.csv";

  /** The run summary. */
  public static final String METRICS = "metrics.json";

  /** The churn model with its fitted features. */
  public static final String MODEL = "model.bundle";

  /** The self-contained HTML report. */
  public static final String REPORT = "report.html";

  private static final ObjectMapper MAPPER = mapper();

  private final Path dir;

  /**
   * Opens a results folder; nothing is read or created yet.
   *
   * @param dir the folder
   */
  public RunFolder(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /**
   * The folder.
   *
   * @return its path
   */
  public Path dir() {
    return dir;
  }

  /**
   * A file of the folder.
   *
   * @param name one of this class's file names
   * @return its path
   */
  public Path file(String name) {
    return dir.resolve(name);
  }

  /**
   * Writes {@code metrics.json}, atomically, creating the folder when needed.
   *
   * @param summary the summary
   * @return the file written
   */
  public Path writeSummary(RunSummary summary) {
    Path target = file(METRICS);
    try {
      AtomicFiles.writeString(target, toJson(summary));
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", target, e);
    }
    return target;
  }

  /**
   * Reads {@code metrics.json}.
   *
   * @return the summary
   * @throws RetentionException when the file is missing or is not a run summary
   */
  public RunSummary readSummary() {
    Path source = file(METRICS);
    try {
      return fromJson(Files.readString(source, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new RetentionIoException(
          source + " does not exist: is " + dir + " the output folder of a run?", source, e);
    } catch (JsonProcessingException e) {
      throw new RetentionException(source + " is not a run summary: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", source, e);
    }
  }

  /**
   * A summary as JSON, indented.
   *
   * @param summary the summary
   * @return the JSON text
   */
  public static String toJson(RunSummary summary) {
    try {
      return MAPPER.writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a run summary is always writable", e);
    }
  }

  /**
   * A summary from JSON.
   *
   * @param json the JSON text
   * @return the summary
   * @throws JsonProcessingException when the text is not a run summary
   */
  public static RunSummary fromJson(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, RunSummary.class);
  }

  /**
   * The JSON mapper that the run's files use (non-finite numbers as null), for other readers of the
   * folder.
   *
   * @return a shared, thread-safe mapper
   */
  public static ObjectMapper jsonMapper() {
    return MAPPER;
  }

  private static ObjectMapper mapper() {
    SimpleModule nonFinite = new SimpleModule("non-finite-as-null");
    JsonSerializer<Double> writer =
        new JsonSerializer<>() {
          @Override
          public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers)
              throws IOException {
            if (Double.isFinite(value)) {
              gen.writeNumber(value);
            } else {
              gen.writeNull();
            }
          }
        };
    JsonDeserializer<Double> reader =
        new JsonDeserializer<>() {
          @Override
          public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return p.getDoubleValue();
          }

          @Override
          public Double getNullValue(DeserializationContext ctxt) {
            return Double.NaN;
          }
        };
    nonFinite.addSerializer(Double.class, writer);
    nonFinite.addSerializer(double.class, writer);
    nonFinite.addDeserializer(Double.class, reader);
    nonFinite.addDeserializer(double.class, reader);
    return JsonMapper.builder()
        .addModule(nonFinite)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}

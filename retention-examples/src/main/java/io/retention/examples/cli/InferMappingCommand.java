package io.retention.examples.cli;

import io.retention.adapters.csv.CsvReadOptions;
import io.retention.adapters.csv.MappingInference;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retention infer-mapping FILE}: proposes a customer mapping for an unknown CSV file and
 * prints it in the mapping-file format, to save, edit and use.
 */
@Command(
    name = "infer-mapping",
    mixinStandardHelpOptions = true,
    description = {
      "Looks at the header and the first rows of a customer CSV file and prints a mapping"
          + " (id, label, numeric and categorical columns, roles) in the mapping-file format.",
      "Save the output, check and edit it, and load it with CustomerCsvMapping.load."
    })
final class InferMappingCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The customer CSV file.")
  Path file;

  @Option(
      names = "--charset",
      defaultValue = "UTF-8",
      paramLabel = "NAME",
      description = "The file's character set (default: ${DEFAULT-VALUE}).")
  Charset charset;

  @Option(
      names = "--sample",
      defaultValue = "10000",
      paramLabel = "ROWS",
      converter = OptionValues.AtLeastOne.class,
      description = "How many data rows to look at (default: ${DEFAULT-VALUE}).")
  int sample;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    MappingInference.Result result =
        MappingInference.infer(
            file,
            CsvReadOptions.DEFAULTS.withCharset(charset),
            new MappingInference.Settings(sample, MappingInference.Settings.DEFAULTS.maxLevels()));
    spec.commandLine().getOut().print(result.toFileText());
    spec.commandLine().getOut().flush();
    return 0;
  }
}

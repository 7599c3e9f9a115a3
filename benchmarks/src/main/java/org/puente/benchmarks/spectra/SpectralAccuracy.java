package org.puente.benchmarks.spectra;

import java.util.Locale;
import java.util.Map;
import org.puente.forensics.spectra.LeaveOneLaboratoryOut;
import org.puente.forensics.spectra.ShippedLibrary;

/**
 * Prints the leave-one-laboratory-out accuracy of every standard configuration on the shipped
 * MassBank drug library as a Markdown table, the nested-selection "best" last, then which
 * configuration was chosen for each held-out laboratory.
 */
public final class SpectralAccuracy {

  private SpectralAccuracy() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    LeaveOneLaboratoryOut.Report report =
        LeaveOneLaboratoryOut.evaluate(ShippedLibrary.load().references());
    StringBuilder out = new StringBuilder();
    out.append("| configuration | queries | top-1 | top-3 |\n");
    out.append("| --- | ---: | ---: | ---: |\n");
    for (LeaveOneLaboratoryOut.Row r : report.rows()) {
      out.append(row(r));
    }
    out.append(row(report.best()));
    out.append("\nChosen per held-out laboratory (selected on the other laboratories only):\n\n");
    for (Map.Entry<String, String> e : report.chosen().entrySet()) {
      out.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
    out.append(
        String.format(Locale.ROOT, "%nEvaluated in %.1f s.%n", (System.nanoTime() - start) / 1e9));
    System.out.print(out);
  }

  private static String row(LeaveOneLaboratoryOut.Row r) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d (%.1f %%) | %d (%.1f %%) |%n",
        r.configuration(),
        r.queries(),
        r.top1(),
        100 * r.top1Rate(),
        r.top3(),
        100 * r.top3Rate());
  }
}

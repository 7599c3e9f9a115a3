package org.puente.forensics.identification;

import java.util.ArrayList;
import java.util.List;
import org.puente.forensics.report.AppliedMethod;
import org.puente.forensics.report.DsapReport;
import org.puente.forensics.report.Finding;
import org.puente.forensics.report.PhysicalForm;

/** Applies the SWGDRUG rules to every finding of a report. */
public final class ReportIdentification {

  private ReportIdentification() {}

  /** One decision per finding, in report order. */
  public static List<FindingIdentification> of(DsapReport report) {
    boolean plant = report.form() instanceof PhysicalForm.PlantMaterial;
    List<FindingIdentification> out = new ArrayList<>();
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      List<AppliedTechnique> applied = new ArrayList<>();
      for (String id : finding.techniqueIds()) {
        AppliedMethod method = report.technique(id).orElseThrow();
        applied.add(new AppliedTechnique(id, method.technique(), method.result()));
      }
      boolean cannabisPlant = plant && finding.substance().id().equals("cannabis");
      out.add(
          new FindingIdentification(
              i, finding.substance().id(), SwgdrugRules.decide(applied, cannabisPlant)));
    }
    return out;
  }
}

package org.puente.forensics.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A valid DSAP v1 report, as read from JSON, NDJSON or CSV. Every invariant checked by the readers
 * holds; the security label is kept as raw JSON for governance to validate and enforce.
 *
 * @param lab laboratory and analyst
 * @param sampleId the laboratory's sample id (unique per laboratory)
 * @param exhibitId the exhibit id, if different from the sample id
 * @param seizure where and when the sample was seized
 * @param submitted date the exhibit was submitted to the laboratory
 * @param analysed date the analysis was completed
 * @param form physical form
 * @param netQuantity net weight or volume with uncertainty
 * @param techniques every technique applied
 * @param findings substances found
 * @param impurityProfile marker substance id to peak area normalised to the primary drug's
 * @param spectra spectra attached for reference
 * @param notes free text
 * @param label the security label, unvalidated
 */
public record DsapReport(
    Lab lab,
    String sampleId,
    @Nullable String exhibitId,
    Seizure seizure,
    LocalDate submitted,
    LocalDate analysed,
    PhysicalForm form,
    NetQuantity netQuantity,
    List<AppliedMethod> techniques,
    List<Finding> findings,
    Map<String, Double> impurityProfile,
    List<SpectrumReference> spectra,
    String notes,
    JsonNode label) {

  public DsapReport {
    Objects.requireNonNull(lab, "lab");
    Objects.requireNonNull(seizure, "seizure");
    Objects.requireNonNull(submitted, "submitted");
    Objects.requireNonNull(analysed, "analysed");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(netQuantity, "netQuantity");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(label, "label");
    if (sampleId.isBlank()) {
      throw new IllegalArgumentException("a report needs a sample id");
    }
    if (analysed.isBefore(submitted) || submitted.isBefore(seizure.date())) {
      throw new IllegalArgumentException("seizure, submission and analysis are in that order");
    }
    techniques = List.copyOf(techniques);
    findings = List.copyOf(findings);
    impurityProfile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(impurityProfile));
    spectra = List.copyOf(spectra);
  }

  public Optional<String> exhibit() {
    return Optional.ofNullable(exhibitId);
  }

  /** The technique with this report-local id. */
  public Optional<AppliedMethod> technique(String id) {
    return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}

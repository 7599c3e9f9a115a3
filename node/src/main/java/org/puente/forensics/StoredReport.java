package org.puente.forensics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A DSAP report as stored and served: the canonical document, what the node computed from it
 * (identification statuses, route attribution, classes), and its key facts for lists and filters.
 *
 * @param id the report's id
 * @param version 1, then one more for each amendment
 * @param labId the reporting laboratory (the owning agency)
 * @param sampleId the laboratory's sample id
 * @param seizureEvent the seizure's event id
 * @param seizureDate the seizure date
 * @param country where it was seized: {@code USA}, {@code MEX} or {@code CAN}
 * @param subdivision ISO 3166-2 subdivision of the seizure
 * @param port port-of-entry code, if any
 * @param analysed date the analysis was completed
 * @param form the physical form's type, for example {@code TABLET}
 * @param primarySubstance registry id of the first primary finding, if any
 * @param route the attributed synthesis route or {@code UNASSIGNED}
 * @param document the canonical DSAP v1 document
 * @param results identification per finding, attribution with evidence, classes
 * @param owner the owning agency's code
 * @param author the username of the chemist who submitted this version
 * @param createdAt when the first version was stored
 * @param updatedAt when this version was stored
 */
public record StoredReport(
    UUID id,
    int version,
    String labId,
    String sampleId,
    String seizureEvent,
    LocalDate seizureDate,
    String country,
    String subdivision,
    @Nullable String port,
    LocalDate analysed,
    String form,
    @Nullable String primarySubstance,
    String route,
    JsonNode document,
    JsonNode results,
    String owner,
    String author,
    Instant createdAt,
    Instant updatedAt) {

  public StoredReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(results, "results");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
  }
}

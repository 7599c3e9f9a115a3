package org.puente.forensics.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.registry.Country;

/**
 * The seizure the sample comes from.
 *
 * @param eventId the seizing agency's event identifier
 * @param date the date of seizure
 * @param country where it was seized
 * @param subdivision ISO 3166-2 code of the state, province or territory, for example {@code
 *     MX-SON}
 * @param portOfEntry CBP four-digit port code, where the seizure was made at a port
 * @param coordinates where it was seized, if known
 */
public record Seizure(
    String eventId,
    LocalDate date,
    Country country,
    String subdivision,
    @Nullable String portOfEntry,
    @Nullable Coordinates coordinates) {

  public Seizure {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(country, "country");
    if (eventId.isBlank() || subdivision.isBlank()) {
      throw new IllegalArgumentException("a seizure needs an event id and a subdivision");
    }
  }

  public Optional<String> port() {
    return Optional.ofNullable(portOfEntry);
  }

  public Optional<Coordinates> position() {
    return Optional.ofNullable(coordinates);
  }
}

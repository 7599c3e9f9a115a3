package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShippedLibraryTest {

  private static final ShippedLibrary LIBRARY = ShippedLibrary.load();

  @Test
  void everyShippedRecordIsReadWithoutError() {
    assertThat(LIBRARY.references()).hasSize(844);
    assertThat(LIBRARY.warnings()).isEmpty();
  }

  @Test
  void recordsKeepTheirLaboratoryCompoundAndPrecursor() {
    ReferenceSpectrum mdea =
        LIBRARY.references().stream()
            .filter(r -> r.entry().entryId().equals("MSBNK-BAFG-CSL23111018661"))
            .findFirst()
            .orElseThrow();
    assertThat(mdea.compound()).isEqualTo("3,4-methylenedioxy-n-ethylamphetamine (mdea)");
    assertThat(mdea.laboratory()).isEqualTo("BAFG");
    LibraryEntry entry = mdea.entry();
    assertThat(entry.contributor()).isEqualTo("BAFG");
    assertThat(entry.inchiKey()).isEqualTo("PVXVWWANJIWJOO-UHFFFAOYSA-N");
    assertThat(entry.instrument()).isEqualTo("LC-ESI-QTOF");
    Spectrum s = entry.spectrum();
    assertThat(s.size()).isEqualTo(18);
    assertThat(s.precursorMz()).isEqualTo(208.1332);
    assertThat(s.msLevel()).isEqualTo(2);
    assertThat(s.ionMode()).isEqualTo(IonMode.POSITIVE);
    assertThat(s.mz(0)).isEqualTo(35.9997);
    assertThat(s.intensity(6)).isEqualTo(145.5f);
    assertThat(s.metadata()).containsEntry("collision_energy", "130");
  }

  @Test
  void aPrecursorWrittenNaIsUnknownNotAnError() {
    LibraryEntry aces =
        LIBRARY.entries().stream()
            .filter(e -> e.entryId().equals("MSBNK-ACES_SU-AS000156"))
            .findFirst()
            .orElseThrow();
    assertThat(aces.spectrum().hasPrecursor()).isFalse();
    assertThat(aces.inchiKey()).isNull();
  }

  @Test
  void electronIonisationSpectraAreMs1() {
    assertThat(LIBRARY.entries())
        .filteredOn(e -> "GC-EI-TOF".equals(e.instrument()))
        .hasSize(5)
        .allSatisfy(e -> assertThat(e.spectrum().msLevel()).isEqualTo(1));
  }
}

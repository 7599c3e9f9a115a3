package org.puente.forensics.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.forensics.spectra.Imports.accepted;
import static org.puente.forensics.spectra.Imports.described;
import static org.puente.forensics.spectra.Imports.read;
import static org.puente.forensics.spectra.Imports.refused;

import java.util.List;
import org.junit.jupiter.api.Test;

class MgfReaderTest {

  @Test
  void readsGnpsStyleBlocks() {
    String text =
        """
        # exported library
        CHARGE=1+

        BEGIN IONS
        PEPMASS=304.1543 2300000
        MSLEVEL=2
        SOURCE_INSTRUMENT=LC-ESI-qTof
        NAME=Cocaine
        INCHIKEY=ZPUCINDJVBIVPJ-LJISPDSOSA-N
        SMILES=COC(=O)C1C(CC2CCC1N2C)OC(=O)c1ccccc1
        SPECTRUMID=CCMSLIB00000001
        TITLE=cocaine 20 eV
        82.0651 300
        105.0335 150
        182.1176 999 1+
        END IONS
        BEGIN IONS
        PEPMASS=302.1387
        CHARGE=1-
        NAME=Cocaine metabolite
        150.05 10
        END IONS
        """;
    List<LibraryEntry> entries = accepted(read(SpectrumFormat.MGF, text));
    assertThat(entries).hasSize(2);
    LibraryEntry e = entries.getFirst();
    assertThat(e.entryId()).isEqualTo("CCMSLIB00000001");
    assertThat(e.compoundName()).isEqualTo("Cocaine");
    assertThat(e.inchiKey()).isEqualTo("ZPUCINDJVBIVPJ-LJISPDSOSA-N");
    assertThat(e.instrument()).isEqualTo("LC-ESI-qTof");
    assertThat(e.spectrum().precursorMz()).isEqualTo(304.1543);
    assertThat(e.spectrum().ionMode()).isEqualTo(IonMode.POSITIVE);
    assertThat(e.spectrum().mz()).containsExactly(82.0651, 105.0335, 182.1176);
    assertThat(e.spectrum().metadata()).containsEntry("title", "cocaine 20 eV");
    LibraryEntry second = entries.get(1);
    assertThat(second.entryId()).isEqualTo("upload.txt#2");
    assertThat(second.spectrum().ionMode()).isEqualTo(IonMode.NEGATIVE);
  }

  @Test
  void reportsStructuralAndValueProblems() {
    String text =
        """
        END IONS
        BEGIN IONS
        NAME=A
        PEPMASS=abc
        100 5
        BEGIN IONS
        NAME=B
        PEPMASS=200
        MSLEVEL=12
        100 5 6 7
        100 inf
        END IONS
        BEGIN IONS
        PEPMASS=300
        100 1
        """;
    assertThat(described(refused(read(SpectrumFormat.MGF, text))))
        .containsExactly(
            "1  spectra.import.record.not-opened",
            "6  spectra.import.record.not-closed",
            "10 peaks spectra.import.line.unexpected",
            "11 peaks spectra.import.number.not-finite",
            "9 MSLEVEL spectra.import.field.invalid",
            "13  spectra.import.record.unterminated");
  }

  @Test
  void tandemSpectraNeedAPrecursorAndAName() {
    String text = "BEGIN IONS\n100 1\nEND IONS\n";
    assertThat(described(refused(read(SpectrumFormat.MGF, text))))
        .containsExactly(
            "1 PEPMASS spectra.import.field.missing", "1 NAME spectra.import.field.missing");
  }

  @Test
  void fullScanSpectraDoNot() {
    String text = "BEGIN IONS\nMSLEVEL=1\nTITLE=caffeine EI\n194 999\n109 500\nEND IONS\n";
    LibraryEntry e = accepted(read(SpectrumFormat.MGF, text)).getFirst();
    assertThat(e.compoundName()).isEqualTo("caffeine EI");
    assertThat(e.spectrum().hasPrecursor()).isFalse();
    assertThat(e.spectrum().mz()).containsExactly(109, 194);
  }
}

package org.puente.forensics.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Readable fixtures: DSAP reports as a laboratory would send them. */
final class Reports {

  /** The tests' "now": 1 June 2025. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  static final DsapReader READER = DsapReader.standard(CLOCK);

  private Reports() {}

  /** FGR-SP's report on counterfeit M30 pills seized in Sonora. */
  static String aCounterfeitPillReportFromSonora() {
    return """
    {
      "dsap": "1",
      "lab": {"id": "FGR-SP", "analyst": "fgr.chemist"},
      "sampleId": "FGR-SP-2025-000123",
      "exhibitId": "E-1",
      "seizure": {
        "eventId": "FGR-SON-2025-0457",
        "date": "2025-03-02",
        "country": "MEX",
        "subdivision": "MX-SON",
        "coordinates": {"latitude": 31.3086, "longitude": -110.9422}
      },
      "submitted": "2025-03-04",
      "analysed": "2025-03-10",
      "form": {"type": "TABLET", "imprint": "M 30", "colour": "blue", "counterfeit": true,
               "count": 500, "mgPerTablet": 110.0},
      "netQuantity": {"value": 55.2, "unit": "g", "uncertainty": 0.05, "k": 2},
      "techniques": [
        {"id": "t1", "code": "GC", "category": "B", "result": "POSITIVE", "run": "r1"},
        {"id": "t2", "code": "MS", "category": "A", "result": "POSITIVE", "run": "r1"},
        {"id": "t3", "code": "IR", "category": "A", "result": "POSITIVE"},
        {"id": "t4", "code": "COLOR_TEST", "category": "C", "result": "NEGATIVE"}
      ],
      "findings": [
        {"substance": "fentanilo", "role": "PRIMARY",
         "purity": {"kind": "QUANTITATIVE", "percent": 1.9, "uncertainty": 0.2, "k": 2},
         "techniques": ["t1", "t2", "t3"]},
        {"substance": "xilacina", "role": "ADULTERANT", "purity": {"kind": "QUALITATIVE"},
         "techniques": ["t1", "t2"]},
        {"substance": "manitol", "role": "DILUENT", "purity": {"kind": "QUALITATIVE"},
         "techniques": ["t3", "t4"]}
      ],
      "impurityProfile": {"4-ANPP": 0.42, "phenethyl-4-ANPP": 0.08, "NPP": 0.03},
      "spectra": [{"technique": "t2", "title": "EI-MS of the main peak",
                   "peaks": [[245.0, 100.0], [146.0, 35.0], [189.0, 20.0]]}],
      "notes": "Synthetic demonstration report.",
      "label": {"releasableTo": ["USA", "MEX"], "communities": ["FORENSIC"], "handling": "H1",
                "tlp": "AMBER", "outsiders": "POINTER", "statistics": ["USA", "MEX", "CAN"]}
    }
    """;
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

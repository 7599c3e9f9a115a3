package org.puente.forensics;

import org.puente.governance.Conflict;

/** The laboratory already reported this sample; a new version is an explicit amendment. */
public class ReportExists extends Conflict {

  private static final long serialVersionUID = 1L;

  private final String sampleId;

  public ReportExists(String labId, String sampleId) {
    super("laboratory " + labId + " already reported sample " + sampleId);
    this.sampleId = sampleId;
  }

  public String sampleId() {
    return sampleId;
  }
}

package org.puente.forensics.report;

import java.util.List;
import org.puente.governance.Violation;

/**
 * A check the node adds to the format's own, for example that the laboratory is the caller's; its
 * violations point into the report ({@code /lab/id}).
 */
@FunctionalInterface
public interface ReportRule {

  List<Violation> check(DsapReport report);
}

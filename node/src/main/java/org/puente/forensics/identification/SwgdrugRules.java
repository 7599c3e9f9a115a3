package org.puente.forensics.identification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.puente.forensics.technique.SwgdrugCategory;

/**
 * The SWGDRUG minimum identification scheme (Recommendations, Part III B) as a pure function.
 *
 * <p>Only positive results count. A hyphenated technique is reported as its components, each with
 * its own result, so each counts separately as SWGDRUG allows "provided the results from each are
 * used". Techniques in one correlation group count once. The decision:
 *
 * <ol>
 *   <li>{@link IdentificationRule#CATEGORY_A_PLUS_ANOTHER}: a counted Category A group and at least
 *       one other counted group (of any category);
 *   <li>{@link IdentificationRule#THREE_WITH_TWO_UNCORRELATED_B}: at least three counted groups of
 *       which at least two are Category B groups;
 *   <li>{@link IdentificationRule#INSUFFICIENT_POSITIVE_EVIDENCE}: any counted group at all;
 *   <li>{@link IdentificationRule#NO_POSITIVE_RESULT}: otherwise.
 * </ol>
 *
 * Macroscopic and microscopic examinations count only for cannabis plant material.
 */
public final class SwgdrugRules {

  private SwgdrugRules() {}

  /**
   * Decides one finding.
   *
   * @param applied the techniques the report lists for the finding, in report order
   * @param cannabisPlantMaterial whether the finding is cannabis in plant form, the only case where
   *     macroscopic and microscopic examination count
   */
  public static Identification decide(
      List<AppliedTechnique> applied, boolean cannabisPlantMaterial) {
    List<String> counted = new ArrayList<>();
    List<NotCounted> notCounted = new ArrayList<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> categoryBGroups = new LinkedHashSet<>();
    boolean categoryA = false;
    for (AppliedTechnique technique : applied) {
      NotCounted.Reason refusal =
          switch (technique.result()) {
            case NEGATIVE -> NotCounted.Reason.NEGATIVE_RESULT;
            case INCONCLUSIVE -> NotCounted.Reason.INCONCLUSIVE_RESULT;
            case POSITIVE ->
                technique.technique().cannabisOnly() && !cannabisPlantMaterial
                    ? NotCounted.Reason.CANNABIS_ONLY
                    : null;
          };
      if (refusal == null && !groups.add(technique.technique().correlationGroup())) {
        refusal = NotCounted.Reason.CORRELATED_WITH_COUNTED;
      }
      if (refusal != null) {
        notCounted.add(new NotCounted(technique.id(), refusal));
        continue;
      }
      counted.add(technique.id());
      SwgdrugCategory category = technique.technique().category();
      switch (category) {
        case A -> categoryA = true;
        case B -> categoryBGroups.add(technique.technique().correlationGroup());
        case C -> {}
      }
    }
    IdentificationRule rule;
    if (categoryA && groups.size() >= 2) {
      rule = IdentificationRule.CATEGORY_A_PLUS_ANOTHER;
    } else if (groups.size() >= 3 && categoryBGroups.size() >= 2) {
      rule = IdentificationRule.THREE_WITH_TWO_UNCORRELATED_B;
    } else if (!groups.isEmpty()) {
      rule = IdentificationRule.INSUFFICIENT_POSITIVE_EVIDENCE;
    } else {
      rule = IdentificationRule.NO_POSITIVE_RESULT;
    }
    return new Identification(rule.status(), rule, counted, notCounted);
  }
}

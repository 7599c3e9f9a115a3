package org.puente.forensics.registry;

/**
 * The class a substance belongs to, for trends and alerts. Fentanyl-related substances and
 * nitazenes are decided from structure; the other classes come from the registry's data.
 */
public enum SubstanceClass {
  /** Within the US class-wide definition (21 CFR 1308.11(h)(30)), not separately controlled. */
  FENTANYL_RELATED_SUBSTANCE,
  /** Fentanyl itself and fentanyls controlled under their own drug code. */
  SEPARATELY_SCHEDULED_FENTANYL,
  /** Carries the 4-anilinopiperidine scaffold but lies outside the class-wide definition. */
  FENTANYL_STRUCTURAL_RELATIVE,
  /** 2-Benzylbenzimidazole opioids. */
  NITAZENE,
  /** Xylazine and other alpha-2 adrenergic agonists. */
  ALPHA2_AGONIST,
  OPIATE,
  OTHER_OPIOID,
  COCAINE,
  AMPHETAMINE_TYPE,
  CATHINONE,
  BENZODIAZEPINE,
  CANNABINOID,
  HALLUCINOGEN,
  DISSOCIATIVE,
  DEPRESSANT,
  STEROID,
  /** Adulterants and diluents. */
  CUTTING_AGENT,
  PRECURSOR,
  /** By-products and impurities that mark how a drug was made. */
  SYNTHESIS_IMPURITY,
  /** Controlled (it has a DEA drug code) but not otherwise classed. */
  OTHER_CONTROLLED,
  OTHER
}

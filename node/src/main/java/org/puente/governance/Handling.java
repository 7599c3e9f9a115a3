package org.puente.governance;

/** Europol SIENA handling codes: what a recipient may do with the information. */
public enum Handling {
  /** Use for crime prevention only. */
  H0,
  /** Not for court without the provider's permission. */
  H1,
  /** No further dissemination without the provider's permission. */
  H2,
  /** Another restriction, stated in text. */
  H3
}

package org.puente.intelligence.resolution;

/** A Fellegi–Sunter model's parameters. (Placeholder: to be replaced by the engine.) */
public final class Model {

  private Model() {}

  /** Parameters set from published frequencies, before any training. */
  public static Model defaults() {
    return new Model();
  }
}

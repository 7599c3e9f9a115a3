package org.puente.forensics.report;

import java.util.Objects;

/** The physical form of the exhibit as received. */
public sealed interface PhysicalForm {

  /** A powder, crystal or rock. */
  record Powder(String colour) implements PhysicalForm {
    public Powder {
      Objects.requireNonNull(colour, "colour");
    }
  }

  /**
   * Tablets, including counterfeit pills pressed to look like pharmaceutical ones.
   *
   * @param imprint the imprint as read, for example {@code M 30}
   * @param colour the colour as seen
   * @param counterfeit whether the tablets imitate a pharmaceutical product
   * @param count how many tablets the exhibit holds
   * @param mgPerTablet mean mass of one tablet, in milligrams
   */
  record Tablet(String imprint, String colour, boolean counterfeit, int count, double mgPerTablet)
      implements PhysicalForm {
    public Tablet {
      Objects.requireNonNull(imprint, "imprint");
      Objects.requireNonNull(colour, "colour");
      if (count < 1 || !(mgPerTablet > 0) || Double.isInfinite(mgPerTablet)) {
        throw new IllegalArgumentException("tablets need a positive count and mass");
      }
    }
  }

  /**
   * A liquid, including pharmaceutical solutions in ampoules or vials.
   *
   * @param container what held it
   * @param pharmaceutical whether it is (or imitates) a manufactured medicine
   */
  record Liquid(Container container, boolean pharmaceutical) implements PhysicalForm {
    public Liquid {
      Objects.requireNonNull(container, "container");
    }
  }

  /** Plant material (cannabis, coca leaf, khat …). */
  record PlantMaterial() implements PhysicalForm {}

  /** Blotter paper, counted in units. */
  record Blotter(int units) implements PhysicalForm {
    public Blotter {
      if (units < 1) {
        throw new IllegalArgumentException("blotters need a positive unit count");
      }
    }
  }

  /** Anything else, described in words. */
  record Other(String description) implements PhysicalForm {
    public Other {
      if (description.isBlank()) {
        throw new IllegalArgumentException("another form needs a description");
      }
    }
  }

  /** What a liquid came in. */
  enum Container {
    AMPOULE,
    VIAL,
    BOTTLE,
    SYRINGE,
    OTHER
  }
}

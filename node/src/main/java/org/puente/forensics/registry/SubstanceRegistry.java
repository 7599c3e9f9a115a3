package org.puente.forensics.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.puente.forensics.csv.Csv;
import org.puente.governance.Rejected;
import org.puente.governance.Violation;

/**
 * The canonical substances a DSAP report may name, seeded from the DEA drug code list, the fentanyl
 * analogue structures and a hand-curated list (see {@code forensics/registry/SOURCES.md}). Names
 * match in English, Spanish and French regardless of accents and case; an unknown name yields
 * suggestions, never a new entry.
 */
public final class SubstanceRegistry {

  private static final String BASE = "/forensics/registry/";

  private final Map<String, Substance> byId;
  private final List<Substance> ordered;
  private final Map<String, List<String>> idsByKey;
  private final Map<String, String> displayByKey;
  private final Map<String, Substance> byInchiKey;
  private final Set<String> separatelyScheduledSkeletons;

  private SubstanceRegistry(List<Substance> substances) {
    Map<String, Substance> ids = new LinkedHashMap<>();
    Map<String, List<String>> keys = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    Map<String, Substance> inchi = new HashMap<>();
    Set<String> skeletons = new HashSet<>();
    for (Substance substance : substances) {
      ids.put(substance.id(), substance);
      Set<String> names = new LinkedHashSet<>();
      names.add(substance.nameEn());
      names.add(substance.nameEs());
      names.add(substance.nameFr());
      names.addAll(substance.synonyms());
      names.add(substance.id());
      for (String name : names) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
          continue;
        }
        List<String> owners = keys.computeIfAbsent(key, k -> new ArrayList<>());
        if (!owners.contains(substance.id())) {
          owners.add(substance.id());
        }
        display.putIfAbsent(key, name);
      }
      if (substance.inchiKey() != null) {
        inchi.putIfAbsent(substance.inchiKey(), substance);
        if (substance.substanceClass() == SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL) {
          skeletons.add(substance.inchiKey().substring(0, 14));
        }
      }
    }
    this.byId = Map.copyOf(ids);
    this.ordered = List.copyOf(ids.values());
    Map<String, List<String>> frozen = new HashMap<>();
    keys.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.idsByKey = Map.copyOf(frozen);
    this.displayByKey = Map.copyOf(display);
    this.byInchiKey = Map.copyOf(inchi);
    this.separatelyScheduledSkeletons = Set.copyOf(skeletons);
  }

  private static final class Standard {
    static final SubstanceRegistry REGISTRY = load();
  }

  /** The registry shipped with the node. */
  public static SubstanceRegistry standard() {
    return Standard.REGISTRY;
  }

  /**
   * This registry with substances added after review; an addition whose id is already known is
   * refused, so reviewed data never silently replaces curated data.
   */
  public SubstanceRegistry plus(List<Substance> additions) {
    if (additions.isEmpty()) {
      return this;
    }
    List<Substance> all = new ArrayList<>(ordered);
    for (Substance added : additions) {
      if (byId.containsKey(added.id())) {
        throw new IllegalArgumentException(added.id() + " is already in the registry");
      }
      all.add(added);
    }
    return new SubstanceRegistry(all);
  }

  /** Every substance, in load order. */
  public List<Substance> all() {
    return ordered;
  }

  public Optional<Substance> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<Substance> byInchiKey(String inchiKey) {
    return Optional.ofNullable(byInchiKey.get(inchiKey));
  }

  /** Finds a substance by any of its names or synonyms in any of the three languages. */
  public Lookup lookup(String name) {
    List<String> ids = idsByKey.get(NameKey.of(name));
    if (ids == null) {
      return new Lookup.Unknown(suggest(name, 5));
    }
    if (ids.size() == 1) {
      return new Lookup.Found(Objects.requireNonNull(byId.get(ids.getFirst())));
    }
    return new Lookup.Ambiguous(
        ids.stream().map(id -> Objects.requireNonNull(byId.get(id))).toList());
  }

  /**
   * Substances with a name or synonym, in any of the three languages, that contains {@code text}
   * (accents, case and punctuation aside), in load order.
   */
  public List<Substance> containing(String text, int limit) {
    String wanted = NameKey.of(text);
    if (wanted.isEmpty() || limit <= 0) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> entry : idsByKey.entrySet()) {
      if (entry.getKey().contains(wanted)) {
        ids.addAll(entry.getValue());
      }
    }
    return ordered.stream().filter(s -> ids.contains(s.id())).limit(limit).toList();
  }

  /**
   * Known names closest to {@code text}, one per substance, best first: the larger of a normalised
   * edit-distance similarity and a character-trigram Dice coefficient, so that both typos
   * ("fentanil") and reordered or partial names ("acetyl fentanyl nor") find their substance.
   */
  public List<Suggestion> suggest(String text, int limit) {
    String wanted = NameKey.of(text);
    if (wanted.isEmpty() || limit <= 0) {
      return List.of();
    }
    Set<String> wantedGrams = trigrams(wanted);
    Map<String, Suggestion> best = new HashMap<>();
    for (Map.Entry<String, List<String>> entry : idsByKey.entrySet()) {
      String key = entry.getKey();
      if (Math.abs(key.length() - wanted.length()) > Math.max(key.length(), wanted.length()) / 2
          && !key.contains(wanted)
          && !wanted.contains(key)) {
        continue;
      }
      double edit = 1.0 - (double) distance(wanted, key) / Math.max(wanted.length(), key.length());
      double dice = dice(wantedGrams, trigrams(key));
      double score = Math.max(edit, dice);
      if (score < 0.3) {
        continue;
      }
      for (String id : entry.getValue()) {
        Suggestion candidate = new Suggestion(id, displayByKey.getOrDefault(key, key), score);
        best.merge(id, candidate, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    return best.values().stream()
        .sorted(
            Comparator.comparingDouble(Suggestion::score)
                .reversed()
                .thenComparing(Suggestion::substanceId))
        .limit(limit)
        .toList();
  }

  /**
   * Classes a structure: a known one takes its registry class; a new one is classed by the fentanyl
   * class-wide definition and the nitazene core, and is a separately scheduled fentanyl when its
   * skeleton (InChIKey first block, so any stereoisomer) is one the registry schedules separately.
   * Empty when the SMILES is not a valid structure.
   */
  public Optional<StructureClassification> classify(String smiles) {
    return Molecule.parse(smiles).map(this::classify);
  }

  private StructureClassification classify(Molecule molecule) {
    FentanylAssessment fentanyl = FentanylClassDefinition.assess(molecule);
    boolean nitazene = Nitazenes.matches(molecule);
    Substance known = byInchiKey.get(molecule.inchiKey());
    SubstanceClass substanceClass =
        known != null
            ? known.substanceClass()
            : classOf(fentanyl, nitazene, null, null, separatelyScheduledSkeletons, molecule);
    return new StructureClassification(
        molecule.inchiKey(), substanceClass, fentanyl, nitazene, known);
  }

  /**
   * Checks a new-substance proposal for the review queue.
   *
   * @throws Rejected when the name or structure is missing or invalid, or already in the registry
   */
  public ProposalReview review(SubstanceProposal proposal) {
    List<Violation> violations = new ArrayList<>();
    if (proposal.name().isBlank()) {
      violations.add(Violation.of("/name", "proposal.name.missing"));
    } else if (lookup(proposal.name()) instanceof Lookup.Found found) {
      violations.add(Violation.of("/name", "proposal.name.known", found.substance().id()));
    }
    if (proposal.proposer().isBlank()) {
      violations.add(Violation.of("/proposer", "proposal.proposer.missing"));
    }
    Optional<StructureClassification> classification = Optional.empty();
    if (proposal.smiles().isBlank()) {
      violations.add(Violation.of("/smiles", "proposal.smiles.missing"));
    } else {
      classification = classify(proposal.smiles());
      if (classification.isEmpty()) {
        violations.add(Violation.of("/smiles", "proposal.smiles.invalid"));
      } else if (classification.get().knownAs() != null) {
        violations.add(
            Violation.of(
                "/smiles", "proposal.structure.known", classification.get().knownAs().id()));
      }
    }
    if (!violations.isEmpty() || classification.isEmpty()) {
      throw new Rejected(violations);
    }
    return new ProposalReview(proposal, classification.get(), suggest(proposal.name(), 5));
  }

  /**
   * The substance a reviewer accepts from a proposal: the proposed name in all three languages
   * until a curator adds translations, its class from structure, control status unverified in every
   * country until someone records it.
   *
   * @throws Rejected as {@link #review} does
   */
  public Substance accepted(SubstanceProposal proposal, String provenance) {
    ProposalReview review = review(proposal);
    String name = proposal.name().strip();
    String id = NameKey.slug(name);
    if (id.isEmpty() || byId.containsKey(id)) {
      throw new Rejected(Violation.of("/name", "proposal.name.known", id));
    }
    Map<Country, Control> controls = new EnumMap<>(Country.class);
    for (Country country : Country.values()) {
      controls.put(country, Control.UNVERIFIED);
    }
    String smiles = proposal.smiles().strip();
    return new Substance(
        id,
        name,
        name,
        name,
        List.of(),
        null,
        smiles,
        review.classification().inchiKey(),
        review.classification().substanceClass(),
        controls,
        provenance);
  }

  // ---- loading -------------------------------------------------------------------------------

  static SubstanceRegistry load() {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    Csv dea = Csv.resource(BASE + "dea_controlled_substance_drug_codes_2016.csv");
    for (List<String> row : dea.records()) {
      String name = dea.get(row, "substance_name").strip();
      Draft draft = drafts.computeIfAbsent(NameKey.slug(name), Draft::new);
      draft.nameEn = draft.nameEn == null ? name : draft.nameEn;
      draft.deaCode = Integer.valueOf(dea.get(row, "dea_drug_code").strip());
      draft.deaListed = true;
      draft.provenance.add("DEA drug code list, 8 Feb 2016 (via NIEM)");
    }
    Map<Integer, Set<String>> absorbed = new HashMap<>();
    Map<String, Integer> analogCodes = new HashMap<>();
    Csv codes = Csv.resource(BASE + "analog_dea_codes.csv");
    for (List<String> row : codes.records()) {
      analogCodes.put(codes.get(row, "compound"), Integer.valueOf(codes.get(row, "dea_code")));
    }
    Csv analogs = Csv.resource(BASE + "fentanyl_analogs_smiles.csv");
    for (List<String> row : analogs.records()) {
      String name = analogs.get(row, "compound").strip();
      Draft draft = drafts.computeIfAbsent(NameKey.slug(name), Draft::new);
      if (draft.nameEn != null && !draft.nameEn.equals(name)) {
        draft.synonyms.add(draft.nameEn);
      }
      draft.nameEn = name;
      draft.smiles = analogs.get(row, "smiles").strip();
      Integer code = analogCodes.get(name);
      if (code != null) {
        absorbDeaEntry(drafts, absorbed, draft, code);
      }
      draft.provenance.add(
          "fentanyl_analogs_smiles.csv (hanbinoh-lab/fentanyl-analog-rt-predictor)");
    }
    Csv curated = Csv.resource(BASE + "curated.csv");
    for (List<String> row : curated.records()) {
      String id = curated.get(row, "id").strip();
      Draft draft = drafts.computeIfAbsent(id, Draft::new);
      String nameEn = curated.get(row, "name_en").strip();
      if (draft.nameEn != null && !draft.nameEn.equals(nameEn)) {
        draft.synonyms.add(draft.nameEn);
      }
      draft.nameEn = nameEn;
      draft.nameEs = curated.get(row, "name_es").strip();
      draft.nameFr = curated.get(row, "name_fr").strip();
      curated
          .optional(row, "synonyms")
          .ifPresent(s -> draft.synonyms.addAll(List.of(s.split("\\|"))));
      curated.optional(row, "smiles").ifPresent(s -> draft.smiles = s);
      curated.optional(row, "class").ifPresent(c -> draft.curatedClass = SubstanceClass.valueOf(c));
      Optional<String> code = curated.optional(row, "dea_code");
      if (code.isPresent()) {
        absorbDeaEntry(drafts, absorbed, draft, Integer.valueOf(code.get()));
      }
      draft.controls.put(Country.USA, Control.parse(curated.get(row, "control_usa")));
      draft.controls.put(Country.MEX, Control.parse(curated.get(row, "control_mex")));
      draft.controls.put(Country.CAN, Control.parse(curated.get(row, "control_can")));
      draft.provenance.add("curated.csv: " + curated.get(row, "provenance").strip());
    }
    // Separately scheduled skeletons first, so that analogues can be told apart from them.
    Map<String, Molecule> molecules = new HashMap<>();
    Set<String> skeletons = new HashSet<>();
    for (Draft draft : drafts.values()) {
      if (draft.smiles == null) {
        continue;
      }
      Molecule molecule =
          Molecule.parse(draft.smiles)
              .orElseThrow(() -> new IllegalStateException("invalid SMILES for " + draft.id));
      molecules.put(draft.id, molecule);
      FentanylAssessment assessment = FentanylClassDefinition.assess(molecule);
      boolean scaffoldInClass =
          assessment instanceof FentanylAssessment.Fentanyl
              || assessment instanceof FentanylAssessment.Related;
      if ((scaffoldInClass && draft.deaCode != null)
          || draft.curatedClass == SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL) {
        skeletons.add(molecule.skeleton());
      }
    }
    List<Substance> substances = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      Molecule molecule = molecules.get(draft.id);
      SubstanceClass substanceClass;
      if (molecule == null) {
        substanceClass =
            draft.curatedClass != null
                ? draft.curatedClass
                : draft.deaCode != null ? SubstanceClass.OTHER_CONTROLLED : SubstanceClass.OTHER;
      } else {
        substanceClass =
            classOf(
                FentanylClassDefinition.assess(molecule),
                Nitazenes.matches(molecule),
                draft.curatedClass,
                draft.deaCode,
                skeletons,
                molecule);
      }
      substances.add(draft.build(substanceClass, molecule));
    }
    return new SubstanceRegistry(substances);
  }

  /**
   * Moves DEA-list-only entries with this code into {@code owner}, keeping their names as synonyms;
   * a later owner of the same code (another stereoisomer) gets the same synonyms, so that the
   * shared name stays ambiguous rather than silently picking one.
   */
  private static void absorbDeaEntry(
      Map<String, Draft> drafts, Map<Integer, Set<String>> absorbed, Draft owner, int code) {
    owner.deaCode = code;
    Set<String> names = absorbed.computeIfAbsent(code, c -> new LinkedHashSet<>());
    List<String> ids = new ArrayList<>();
    for (Draft other : drafts.values()) {
      if (other != owner
          && other.deaListed
          && other.smiles == null
          && other.curatedClass == null
          && Integer.valueOf(code).equals(other.deaCode)) {
        ids.add(other.id);
      }
    }
    for (String id : ids) {
      Draft other = Objects.requireNonNull(drafts.remove(id));
      if (other.nameEn != null) {
        names.add(other.nameEn);
      }
      names.addAll(other.synonyms);
      owner.provenance.addAll(other.provenance);
    }
    owner.synonyms.addAll(names);
  }

  private static SubstanceClass classOf(
      FentanylAssessment fentanyl,
      boolean nitazene,
      @Nullable SubstanceClass curated,
      @Nullable Integer deaCode,
      Set<String> separatelyScheduled,
      Molecule molecule) {
    return switch (fentanyl) {
      case FentanylAssessment.Fentanyl f -> SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL;
      case FentanylAssessment.Related r ->
          deaCode != null || separatelyScheduled.contains(molecule.skeleton())
              ? SubstanceClass.SEPARATELY_SCHEDULED_FENTANYL
              : SubstanceClass.FENTANYL_RELATED_SUBSTANCE;
      case FentanylAssessment.Outside o ->
          curated != null ? curated : SubstanceClass.FENTANYL_STRUCTURAL_RELATIVE;
      case FentanylAssessment.NoScaffold n ->
          nitazene
              ? SubstanceClass.NITAZENE
              : curated != null
                  ? curated
                  : deaCode != null ? SubstanceClass.OTHER_CONTROLLED : SubstanceClass.OTHER;
    };
  }

  /** Mutable accumulator used only while loading. */
  private static final class Draft {
    final String id;
    @Nullable String nameEn;
    @Nullable String nameEs;
    @Nullable String nameFr;
    final Set<String> synonyms = new LinkedHashSet<>();
    @Nullable Integer deaCode;
    boolean deaListed;
    @Nullable String smiles;
    @Nullable SubstanceClass curatedClass;
    final Map<Country, Control> controls = new EnumMap<>(Country.class);
    final Set<String> provenance = new LinkedHashSet<>();

    Draft(String id) {
      this.id = id;
    }

    Substance build(SubstanceClass substanceClass, @Nullable Molecule molecule) {
      String en = nameEn == null ? id : nameEn;
      Map<Country, Control> all = new EnumMap<>(Country.class);
      for (Country country : Country.values()) {
        all.put(country, defaultControl(country, substanceClass));
      }
      all.putAll(controls);
      Set<String> others = new LinkedHashSet<>(synonyms);
      others.remove(en);
      return new Substance(
          id,
          en,
          nameEs == null ? en : nameEs,
          nameFr == null ? en : nameFr,
          List.copyOf(others),
          deaCode,
          molecule == null ? null : molecule.smiles(),
          molecule == null ? null : molecule.inchiKey(),
          substanceClass,
          all,
          String.join("; ", provenance));
    }

    private Control defaultControl(Country country, SubstanceClass substanceClass) {
      return switch (country) {
        case USA ->
            substanceClass == SubstanceClass.FENTANYL_RELATED_SUBSTANCE
                ? new Control(
                    Control.Status.CONTROLLED,
                    "CSA Schedule I (fentanyl-related substances, 21 CFR 1308.11(h)(30))")
                : deaCode != null
                    ? new Control(Control.Status.CONTROLLED, "CSA (DEA drug code " + deaCode + ")")
                    : Control.UNVERIFIED;
        case CAN ->
            substanceClass == SubstanceClass.FENTANYL_RELATED_SUBSTANCE
                ? new Control(
                    Control.Status.CONTROLLED,
                    "CDSA Schedule I (fentanyl, its derivatives and analogues)")
                : Control.UNVERIFIED;
        case MEX -> Control.UNVERIFIED;
      };
    }
  }

  // ---- similarity ----------------------------------------------------------------------------

  private static Set<String> trigrams(String key) {
    String padded = "  " + key + " ";
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 3 <= padded.length(); i++) {
      grams.add(padded.substring(i, i + 3));
    }
    return grams;
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String gram : a) {
      if (b.contains(gram)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

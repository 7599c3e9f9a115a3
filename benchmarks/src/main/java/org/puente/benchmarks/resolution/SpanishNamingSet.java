package org.puente.benchmarks.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;
import org.jspecify.annotations.Nullable;
import org.puente.intelligence.resolution.BirthDate;
import org.puente.intelligence.resolution.Names;
import org.puente.intelligence.resolution.PersonName;
import org.puente.intelligence.resolution.PersonRecord;

/**
 * A labelled synthetic benchmark of naming: people with Spanish names (given names, a paternal and
 * a maternal surname) or with English names (given name, sometimes a middle name, one surname), and
 * for each person one variant record for every {@link Variation} that applies to them, every value
 * a pure function of the seed. Record ids start with {@code synthetic-}; no record is of a real
 * person.
 *
 * <p>Surnames are drawn by their frequency in the US Census 2010 surname table: for Spanish names
 * those that at least half their bearers report as Hispanic, for English names those that fewer
 * than a fifth do. Given names, their nicknames and the spellings are this benchmark's own lists,
 * kept apart from the resolver's tables so that the benchmark does not simply grade the tables
 * against themselves. Variants are written as text and parsed, as records arrive.
 */
public final class SpanishNamingSet {

  /** How the variant record of a true pair writes the same person differently. */
  public enum Variation {
    /** The maternal surname left out: "José Guzmán". */
    MATERNAL_DROPPED,
    /** The two surnames in the other order. */
    SURNAMES_SWAPPED,
    /** The surnames joined by a hyphen: "Guzmán-Jiménez". */
    HYPHENATED,
    /** Particles added: "Guzmán y Jiménez", "de Guzmán". */
    PARTICLES,
    /**
     * A compound given name or a middle name shortened to its first word: "María José" as "María".
     */
    COMPOUND_GIVEN_SHORTENED,
    /** Written without accents and in capitals, as by systems limited to ASCII. */
    ACCENTS_DROPPED,
    /** A regional or historic spelling: X/J, B/V, LL/Y, C/S/Z, Ñ, silent H; English: Y/I, PH/F… */
    SPELLING,
    /** Surnames first: "GUZMAN JIMENEZ, JOSE", sometimes without the comma. */
    LAST_FIRST_ORDER,
    /** Given names as initials: "J. A. Guzmán Jiménez". */
    INITIALS,
    /** A nickname for the first given name: "Chuy" for Jesús, "Bill" for William. */
    NICKNAME,
    /** One typing error in one word: a letter swapped, left out, doubled or mistyped. */
    TYPO,
    /** The name as it is, the date of birth with day and month swapped. */
    DOB_DAY_MONTH_SWAPPED
  }

  /** The naming of a set. */
  public enum Naming {
    SPANISH,
    ENGLISH
  }

  /** Which kind of non-matching pair. */
  public enum Negative {
    /** Two people drawn at random. */
    RANDOM,
    /** Two different people with the same (paternal) surname. */
    SAME_SURNAME
  }

  /** A true pair: two records of one person, the second written with {@code classOf}. */
  public record Pair(Variation classOf, PersonRecord a, PersonRecord b) {}

  /** Two records of different people. */
  public record NonMatch(Negative kind, PersonRecord a, PersonRecord b) {}

  /** A synthetic person as written in the base record: display names with accents. */
  public record Person(
      String id,
      List<String> given,
      String paternal,
      @Nullable String maternal,
      BirthDate birthDate) {

    public Person {
      given = List.copyOf(given);
    }
  }

  private static final String SURNAMES = "/resolution/us_census_2010_surnames_top1000.csv";

  /**
   * Spanish given names, with the relative frequency of each; compound names are built from them.
   */
  private static final String[] SPANISH_MALE = {
    "José", "Juan", "Luis", "Carlos", "Jesús", "Francisco", "Miguel", "Antonio", "Alejandro",
    "Jorge", "Pedro", "Manuel", "Ricardo", "Fernando", "Roberto", "Eduardo", "Javier", "Guillermo",
    "Ignacio", "Enrique", "Alberto", "Rafael", "Sergio", "Raúl", "Arturo", "Héctor", "Óscar",
    "Víctor", "Ángel", "Andrés", "Diego", "Gerardo", "Salvador", "Gustavo", "Rodolfo", "Ramón",
    "Joaquín", "Adrián", "Martín", "Rubén", "Hugo", "Julio", "Mario", "Alfonso", "Gonzalo",
    "Vicente", "Santiago", "Xavier", "Efraín", "Gilberto"
  };

  private static final String[] SPANISH_FEMALE = {
    "María",
    "Guadalupe",
    "Ana",
    "Rosa",
    "Carmen",
    "Patricia",
    "Laura",
    "Teresa",
    "Elena",
    "Margarita",
    "Verónica",
    "Isabel",
    "Dolores",
    "Leticia",
    "Silvia",
    "Alejandra",
    "Gabriela",
    "Adriana",
    "Claudia",
    "Mónica",
    "Beatriz",
    "Josefina",
    "Concepción",
    "Rosario",
    "Mercedes",
    "Lucía",
    "Sofía",
    "Ximena",
    "Araceli",
    "Yolanda",
    "Graciela",
    "Cecilia",
    "Luz",
    "Pilar",
    "Inés",
    "Raquel",
    "Belén",
    "Soledad",
    "Consuelo",
    "Esperanza"
  };

  /** Second words of compound given names, male and female. */
  private static final String[] SPANISH_MALE_SECOND = {
    "Luis", "Carlos", "Antonio", "Manuel", "José", "Ángel", "Francisco", "Pablo", "Alberto", "Jesús"
  };

  private static final String[] SPANISH_FEMALE_SECOND = {
    "José",
    "Guadalupe",
    "Fernanda",
    "Elena",
    "Isabel",
    "Teresa",
    "Luisa",
    "de los Ángeles",
    "del Carmen",
    "de la Luz"
  };

  private static final String[] ENGLISH_MALE = {
    "James",
    "John",
    "Robert",
    "Michael",
    "William",
    "David",
    "Richard",
    "Joseph",
    "Thomas",
    "Charles",
    "Christopher",
    "Daniel",
    "Matthew",
    "Anthony",
    "Mark",
    "Donald",
    "Steven",
    "Paul",
    "Andrew",
    "Joshua",
    "Kenneth",
    "Kevin",
    "Brian",
    "George",
    "Timothy",
    "Ronald",
    "Edward",
    "Jason",
    "Jeffrey",
    "Ryan",
    "Jacob",
    "Gary",
    "Nicholas",
    "Eric",
    "Jonathan",
    "Stephen",
    "Larry",
    "Justin",
    "Scott",
    "Brandon",
    "Benjamin",
    "Samuel",
    "Gregory",
    "Alexander",
    "Frank",
    "Patrick",
    "Raymond",
    "Jack",
    "Dennis",
    "Jerry"
  };

  private static final String[] ENGLISH_FEMALE = {
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Barbara",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Lisa",
    "Nancy",
    "Betty",
    "Margaret",
    "Sandra",
    "Ashley",
    "Kimberly",
    "Emily",
    "Donna",
    "Michelle",
    "Carol",
    "Amanda",
    "Dorothy",
    "Melissa",
    "Deborah",
    "Stephanie",
    "Rebecca",
    "Sharon",
    "Laura",
    "Cynthia",
    "Kathleen",
    "Amy",
    "Angela",
    "Shirley",
    "Anna",
    "Brenda",
    "Pamela",
    "Emma",
    "Nicole",
    "Helen",
    "Samantha",
    "Katherine",
    "Christine",
    "Debra",
    "Rachel",
    "Carolyn",
    "Janet",
    "Catherine",
    "Maria",
    "Heather"
  };

  /** Nicknames the benchmark writes, by folded given name: its own list, not the resolver's. */
  private static final Map<String, String[]> NICKNAMES =
      Map.ofEntries(
          Map.entry("jose", new String[] {"Pepe", "Chepe", "Pepito"}),
          Map.entry("jesus", new String[] {"Chuy", "Chucho"}),
          Map.entry("francisco", new String[] {"Paco", "Pancho", "Curro"}),
          Map.entry("guadalupe", new String[] {"Lupe", "Lupita"}),
          Map.entry("guillermo", new String[] {"Memo"}),
          Map.entry("ignacio", new String[] {"Nacho"}),
          Map.entry("eduardo", new String[] {"Lalo"}),
          Map.entry("alberto", new String[] {"Beto"}),
          Map.entry("roberto", new String[] {"Beto"}),
          Map.entry("gilberto", new String[] {"Beto"}),
          Map.entry("antonio", new String[] {"Toño"}),
          Map.entry("enrique", new String[] {"Quique", "Kike"}),
          Map.entry("manuel", new String[] {"Manolo"}),
          Map.entry("dolores", new String[] {"Lola"}),
          Map.entry("concepcion", new String[] {"Concha", "Conchita"}),
          Map.entry("rosario", new String[] {"Chayo", "Charo"}),
          Map.entry("alejandro", new String[] {"Alex", "Ale"}),
          Map.entry("alejandra", new String[] {"Ale"}),
          Map.entry("rafael", new String[] {"Rafa"}),
          Map.entry("salvador", new String[] {"Chava"}),
          Map.entry("santiago", new String[] {"Santi"}),
          Map.entry("gonzalo", new String[] {"Chalo"}),
          Map.entry("ramon", new String[] {"Moncho"}),
          Map.entry("gustavo", new String[] {"Tavo"}),
          Map.entry("rodolfo", new String[] {"Rudy", "Fito"}),
          Map.entry("alfonso", new String[] {"Poncho"}),
          Map.entry("isabel", new String[] {"Chabela"}),
          Map.entry("margarita", new String[] {"Mago"}),
          Map.entry("teresa", new String[] {"Tere"}),
          Map.entry("josefina", new String[] {"Pepa"}),
          Map.entry("mercedes", new String[] {"Meche"}),
          Map.entry("leticia", new String[] {"Lety"}),
          Map.entry("patricia", new String[] {"Paty", "Pat", "Patty", "Trish"}),
          Map.entry("veronica", new String[] {"Vero"}),
          Map.entry("graciela", new String[] {"Chela"}),
          Map.entry("soledad", new String[] {"Chole"}),
          Map.entry("sergio", new String[] {"Checo"}),
          Map.entry("james", new String[] {"Jim", "Jimmy", "Jamie"}),
          Map.entry("john", new String[] {"Johnny", "Jack"}),
          Map.entry("robert", new String[] {"Bob", "Bobby", "Rob"}),
          Map.entry("michael", new String[] {"Mike", "Mikey"}),
          Map.entry("william", new String[] {"Bill", "Billy", "Will"}),
          Map.entry("david", new String[] {"Dave"}),
          Map.entry("richard", new String[] {"Dick", "Rick", "Rich"}),
          Map.entry("joseph", new String[] {"Joe", "Joey"}),
          Map.entry("thomas", new String[] {"Tom", "Tommy"}),
          Map.entry("charles", new String[] {"Charlie", "Chuck"}),
          Map.entry("christopher", new String[] {"Chris"}),
          Map.entry("daniel", new String[] {"Dan", "Danny"}),
          Map.entry("matthew", new String[] {"Matt"}),
          Map.entry("anthony", new String[] {"Tony"}),
          Map.entry("donald", new String[] {"Don"}),
          Map.entry("steven", new String[] {"Steve"}),
          Map.entry("andrew", new String[] {"Andy", "Drew"}),
          Map.entry("joshua", new String[] {"Josh"}),
          Map.entry("kenneth", new String[] {"Ken", "Kenny"}),
          Map.entry("timothy", new String[] {"Tim"}),
          Map.entry("ronald", new String[] {"Ron"}),
          Map.entry("edward", new String[] {"Ed", "Eddie", "Ted"}),
          Map.entry("jeffrey", new String[] {"Jeff"}),
          Map.entry("jacob", new String[] {"Jake"}),
          Map.entry("nicholas", new String[] {"Nick"}),
          Map.entry("jonathan", new String[] {"Jon"}),
          Map.entry("stephen", new String[] {"Steve"}),
          Map.entry("benjamin", new String[] {"Ben"}),
          Map.entry("samuel", new String[] {"Sam"}),
          Map.entry("gregory", new String[] {"Greg"}),
          Map.entry("alexander", new String[] {"Alex"}),
          Map.entry("patrick", new String[] {"Pat"}),
          Map.entry("raymond", new String[] {"Ray"}),
          Map.entry("elizabeth", new String[] {"Liz", "Beth", "Betty"}),
          Map.entry("margaret", new String[] {"Peggy", "Maggie", "Meg"}),
          Map.entry("jennifer", new String[] {"Jen", "Jenny"}),
          Map.entry("susan", new String[] {"Sue"}),
          Map.entry("jessica", new String[] {"Jess"}),
          Map.entry("kimberly", new String[] {"Kim"}),
          Map.entry("deborah", new String[] {"Debbie", "Deb"}),
          Map.entry("rebecca", new String[] {"Becky"}),
          Map.entry("pamela", new String[] {"Pam"}),
          Map.entry("samantha", new String[] {"Sam"}),
          Map.entry("katherine", new String[] {"Kate", "Kathy"}),
          Map.entry("catherine", new String[] {"Cathy", "Kate"}),
          Map.entry("christine", new String[] {"Chris"}),
          Map.entry("dorothy", new String[] {"Dot"}),
          Map.entry("cynthia", new String[] {"Cindy"}),
          Map.entry("amanda", new String[] {"Mandy"}));

  /** Accented spellings of common Hispanic surnames; the Census writes them without accents. */
  private static final Map<String, String> ACCENTED =
      Map.ofEntries(
          Map.entry("GARCIA", "García"),
          Map.entry("RODRIGUEZ", "Rodríguez"),
          Map.entry("MARTINEZ", "Martínez"),
          Map.entry("HERNANDEZ", "Hernández"),
          Map.entry("LOPEZ", "López"),
          Map.entry("GONZALEZ", "González"),
          Map.entry("PEREZ", "Pérez"),
          Map.entry("SANCHEZ", "Sánchez"),
          Map.entry("RAMIREZ", "Ramírez"),
          Map.entry("GOMEZ", "Gómez"),
          Map.entry("DIAZ", "Díaz"),
          Map.entry("JIMENEZ", "Jiménez"),
          Map.entry("VASQUEZ", "Vásquez"),
          Map.entry("VAZQUEZ", "Vázquez"),
          Map.entry("GUTIERREZ", "Gutiérrez"),
          Map.entry("CHAVEZ", "Chávez"),
          Map.entry("RUIZ", "Ruiz"),
          Map.entry("ALVAREZ", "Álvarez"),
          Map.entry("FERNANDEZ", "Fernández"),
          Map.entry("MENDEZ", "Méndez"),
          Map.entry("MUNOZ", "Muñoz"),
          Map.entry("DOMINGUEZ", "Domínguez"),
          Map.entry("GUZMAN", "Guzmán"),
          Map.entry("NUNEZ", "Núñez"),
          Map.entry("BENITEZ", "Benítez"),
          Map.entry("RODRIGUES", "Rodrigues"),
          Map.entry("SUAREZ", "Suárez"),
          Map.entry("MARQUEZ", "Márquez"),
          Map.entry("IBARRA", "Ibarra"),
          Map.entry("MEJIA", "Mejía"),
          Map.entry("RIOS", "Ríos"),
          Map.entry("MARIN", "Marín"),
          Map.entry("IBANEZ", "Ibáñez"),
          Map.entry("PENA", "Peña"),
          Map.entry("VELAZQUEZ", "Velázquez"),
          Map.entry("RAMON", "Ramón"),
          Map.entry("SALAZAR", "Salazar"),
          Map.entry("VALDEZ", "Valdez"),
          Map.entry("CORTEZ", "Cortez"),
          Map.entry("CORTES", "Cortés"),
          Map.entry("ESTRADA", "Estrada"),
          Map.entry("LEON", "León"),
          Map.entry("DELEON", "De León"),
          Map.entry("DELACRUZ", "De la Cruz"),
          Map.entry("DEJESUS", "De Jesús"),
          Map.entry("DELOSSANTOS", "De los Santos"),
          Map.entry("DELGADO", "Delgado"),
          Map.entry("OCHOA", "Ochoa"),
          Map.entry("BELTRAN", "Beltrán"),
          Map.entry("ROMAN", "Román"),
          Map.entry("CASTANEDA", "Castañeda"),
          Map.entry("QUINONES", "Quiñones"),
          Map.entry("NAVARRO", "Navarro"),
          Map.entry("SOLIS", "Solís"),
          Map.entry("MARTIN", "Martín"),
          Map.entry("ACOSTA", "Acosta"),
          Map.entry("AVILA", "Ávila"),
          Map.entry("ANGELES", "Ángeles"),
          Map.entry("GALVAN", "Galván"),
          Map.entry("VALENCIA", "Valencia"));

  private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

  private final Naming naming;
  private final List<Person> people;
  private final List<Pair> pairs;

  private SpanishNamingSet(Naming naming, List<Person> people, List<Pair> pairs) {
    this.naming = naming;
    this.people = List.copyOf(people);
    this.pairs = List.copyOf(pairs);
  }

  /** {@code n} people with Spanish names, and their true pairs. */
  public static SpanishNamingSet spanish(int n, long seed) {
    return generate(Naming.SPANISH, n, seed);
  }

  /** {@code n} people with English names, and their true pairs where a variation applies. */
  public static SpanishNamingSet english(int n, long seed) {
    return generate(Naming.ENGLISH, n, seed);
  }

  public Naming naming() {
    return naming;
  }

  public List<Person> people() {
    return people;
  }

  /** The true pairs: at most one for each person and variation, in person order. */
  public List<Pair> pairs() {
    return pairs;
  }

  /** The variations that apply to names of this set's kind. */
  public Set<Variation> variations() {
    return naming == Naming.SPANISH ? Set.of(Variation.values()) : englishVariations();
  }

  private static Set<Variation> englishVariations() {
    return Set.of(
        Variation.COMPOUND_GIVEN_SHORTENED,
        Variation.SPELLING,
        Variation.LAST_FIRST_ORDER,
        Variation.INITIALS,
        Variation.NICKNAME,
        Variation.TYPO,
        Variation.DOB_DAY_MONTH_SWAPPED);
  }

  /**
   * {@code count} pairs of base records of different people: random people, or people who share
   * their (paternal) surname, the hard case.
   */
  public List<NonMatch> nonMatching(Negative kind, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NonMatch> out = new ArrayList<>(count);
    if (people.size() < 2) {
      return out;
    }
    Map<String, List<Integer>> bySurname = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      bySurname.computeIfAbsent(people.get(i).paternal(), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> shared = new ArrayList<>();
    for (List<Integer> group : bySurname.values()) {
      if (group.size() >= 2) {
        shared.add(group);
      }
    }
    for (int k = 0; k < count; k++) {
      int i;
      int j;
      if (kind == Negative.SAME_SURNAME && !shared.isEmpty()) {
        List<Integer> group = shared.get(random.nextInt(shared.size()));
        i = group.get(random.nextInt(group.size()));
        do {
          j = group.get(random.nextInt(group.size()));
        } while (j == i);
      } else {
        i = random.nextInt(people.size());
        do {
          j = random.nextInt(people.size());
        } while (j == i);
      }
      out.add(new NonMatch(kind, base(people.get(i)), base(people.get(j))));
    }
    return out;
  }

  /** The base record of a person, as the given and surname parts were written. */
  public static PersonRecord base(Person p) {
    return record(
        p.id(), Names.of(String.join(" ", p.given()), p.paternal(), p.maternal()), p.birthDate());
  }

  private static PersonRecord record(String id, PersonName name, BirthDate birthDate) {
    return new PersonRecord(id, name, List.of(), birthDate, Set.of(), List.of(), List.of(), null);
  }

  private static SpanishNamingSet generate(Naming naming, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean spanish = naming == Naming.SPANISH;
    Surnames surnames = Surnames.load(spanish ? pct -> pct >= 50 : pct -> pct < 20);
    List<Person> people = new ArrayList<>(n);
    String prefix = spanish ? "synthetic-es-" : "synthetic-en-";
    for (int i = 0; i < n; i++) {
      people.add(person(prefix + i, spanish, surnames, random));
    }
    List<Pair> pairs = new ArrayList<>();
    Set<Variation> applies = spanish ? Set.of(Variation.values()) : englishVariations();
    for (Person p : people) {
      PersonRecord a = base(p);
      for (Variation v : Variation.values()) {
        if (!applies.contains(v)) {
          continue;
        }
        PersonRecord b = variant(p, v, spanish, random);
        if (b != null) {
          pairs.add(new Pair(v, a, b));
        }
      }
    }
    return new SpanishNamingSet(naming, people, pairs);
  }

  private static Person person(String id, boolean spanish, Surnames surnames, SplittableRandom r) {
    boolean female = r.nextBoolean();
    List<String> given = new ArrayList<>(2);
    if (spanish) {
      given.add(pick(female ? SPANISH_FEMALE : SPANISH_MALE, r));
      if (r.nextDouble() < 0.35) {
        String second = pick(female ? SPANISH_FEMALE_SECOND : SPANISH_MALE_SECOND, r);
        if (!second.equals(given.get(0))) {
          given.add(second);
        }
      }
    } else {
      given.add(pick(female ? ENGLISH_FEMALE : ENGLISH_MALE, r));
      if (r.nextDouble() < 0.5) {
        String middle = pick(female ? ENGLISH_FEMALE : ENGLISH_MALE, r);
        if (!middle.equals(given.get(0))) {
          given.add(middle);
        }
      }
    }
    String paternal = surnames.draw(r);
    String maternal = null;
    if (spanish) {
      do {
        maternal = surnames.draw(r);
      } while (maternal.equals(paternal));
    }
    int year = 1950 + r.nextInt(56);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    return new Person(id, given, paternal, maternal, new BirthDate(year, month, day, false));
  }

  private static @Nullable PersonRecord variant(
      Person p, Variation v, boolean spanish, SplittableRandom r) {
    String id = p.id() + "-" + v.name().toLowerCase(Locale.ROOT);
    String given = String.join(" ", p.given());
    String paternal = p.paternal();
    String maternal = p.maternal();
    BirthDate dob = p.birthDate();
    String surnames = maternal == null ? paternal : paternal + " " + maternal;
    return switch (v) {
      case MATERNAL_DROPPED ->
          maternal == null ? null : record(id, Names.of(given, paternal, null), dob);
      case SURNAMES_SWAPPED ->
          maternal == null ? null : record(id, Names.of(given, maternal, paternal), dob);
      case HYPHENATED ->
          maternal == null
              ? null
              : record(id, Names.parse(given + " " + paternal + "-" + maternal), dob);
      case PARTICLES -> {
        if (maternal == null) {
          yield null;
        }
        String text =
            r.nextBoolean()
                ? given + " " + paternal + " y " + maternal
                : given + " de " + paternal + " " + maternal;
        yield record(id, Names.parse(text), dob);
      }
      case COMPOUND_GIVEN_SHORTENED ->
          p.given().size() < 2
              ? null
              : record(id, Names.of(p.given().get(0), paternal, maternal), dob);
      case ACCENTS_DROPPED -> {
        String text = ascii(given + " " + surnames).toUpperCase(Locale.ROOT);
        if (text.equalsIgnoreCase(given + " " + surnames)) {
          yield null;
        }
        yield record(id, Names.parse(text), dob);
      }
      case SPELLING -> {
        String[] words = {paternal, maternal == null ? "" : maternal, p.given().get(0)};
        for (int k = 0; k < words.length; k++) {
          String respelt = words[k].isEmpty() ? null : respell(words[k], spanish, r);
          if (respelt != null) {
            String g = k == 2 ? respelt + given.substring(p.given().get(0).length()) : given;
            String pa = k == 0 ? respelt : paternal;
            String ma = k == 1 ? respelt : maternal;
            yield record(id, Names.of(g, pa, ma), dob);
          }
        }
        yield null;
      }
      case LAST_FIRST_ORDER -> {
        String text = spanish && r.nextBoolean() ? surnames + " " + given : surnames + ", " + given;
        yield record(id, Names.parse(ascii(text).toUpperCase(Locale.ROOT)), dob);
      }
      case INITIALS -> {
        StringBuilder initials = new StringBuilder();
        boolean all = r.nextBoolean() || p.given().size() == 1;
        for (int k = 0; k < p.given().size(); k++) {
          String w = p.given().get(k);
          if (k == 0 || all) {
            // The initial of "de los Ángeles" is that of Ángeles.
            initials.append(ascii(w.substring(w.lastIndexOf(' ') + 1)).charAt(0)).append(". ");
          } else {
            initials.append(w).append(' ');
          }
        }
        yield record(id, Names.parse(initials + surnames), dob);
      }
      case NICKNAME -> {
        String[] options = NICKNAMES.get(Names.fold(p.given().get(0)));
        if (options == null) {
          yield null;
        }
        String nick = pick(options, r);
        yield record(
            id,
            Names.of(nick + given.substring(p.given().get(0).length()), paternal, maternal),
            dob);
      }
      case TYPO -> {
        List<String> words = new ArrayList<>(List.of(given.split(" ")));
        words.add(paternal);
        if (maternal != null) {
          words.add(maternal);
        }
        int k = r.nextInt(words.size());
        String w = words.get(k);
        if (w.length() < 4) {
          yield null;
        }
        String typo = typo(w, r);
        int givenWords = given.split(" ").length;
        if (k < givenWords) {
          String[] g = given.split(" ");
          g[k] = typo;
          yield record(id, Names.of(String.join(" ", g), paternal, maternal), dob);
        }
        boolean isPaternal = k == givenWords;
        yield record(
            id, Names.of(given, isPaternal ? typo : paternal, isPaternal ? maternal : typo), dob);
      }
      case DOB_DAY_MONTH_SWAPPED ->
          dob.day() > 12 || dob.day() == dob.month()
              ? null
              : record(
                  id,
                  Names.of(given, paternal, maternal),
                  new BirthDate(dob.year(), /* month= */ dob.day(), /* day= */ dob.month(), true));
    };
  }

  /** One regional or historic spelling of a word, or null when none applies. */
  static @Nullable String respell(String word, boolean spanish, SplittableRandom r) {
    String[][] rules =
        spanish
            ? new String[][] {
              {"j", "x"},
              {"x", "j"},
              {"b", "v"},
              {"v", "b"},
              {"ll", "y"},
              {"y", "ll"},
              {"ce", "se"},
              {"ci", "si"},
              {"z", "s"},
              {"s", "z"},
              {"ñ", "n"},
              {"ñ", "ny"},
              {"h", ""},
              {"ge", "je"},
              {"gi", "ji"},
              {"rr", "r"},
              {"qu", "k"}
            }
            : new String[][] {
              {"ph", "f"},
              {"f", "ph"},
              {"y", "i"},
              {"i", "y"},
              {"ck", "k"},
              {"ll", "l"},
              {"tt", "t"},
              {"ss", "s"},
              {"mps", "ms"},
              {"ie", "y"},
              {"th", "t"},
              {"ee", "ea"},
              {"son", "sen"},
              {"c", "k"}
            };
    String lower = word.toLowerCase(Locale.ROOT);
    int start = r.nextInt(rules.length);
    for (int k = 0; k < rules.length; k++) {
      String[] rule = rules[(start + k) % rules.length];
      int at = lower.indexOf(rule[0]);
      if (at < 0
          || (rule[0].equals("h") && at != 0)
          || (rule[0].equals("c") && at == lower.length() - 1)) {
        continue;
      }
      String replaced = lower.substring(0, at) + rule[1] + lower.substring(at + rule[0].length());
      if (replaced.length() < 2) {
        continue;
      }
      return Character.toUpperCase(replaced.charAt(0)) + replaced.substring(1);
    }
    return null;
  }

  /** One typing error: two letters swapped, one left out, one doubled or one mistyped. */
  static String typo(String word, SplittableRandom r) {
    char[] c = word.toCharArray();
    int i = 1 + r.nextInt(c.length - 2);
    return switch (r.nextInt(4)) {
      case 0 -> {
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        yield new String(c);
      }
      case 1 -> word.substring(0, i) + word.substring(i + 1);
      case 2 -> word.substring(0, i) + c[i] + word.substring(i);
      default -> {
        c[i] = KEYBOARD.charAt(r.nextInt(KEYBOARD.length()));
        yield new String(c);
      }
    };
  }

  private static String ascii(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String pick(String[] options, SplittableRandom r) {
    return options[r.nextInt(options.length)];
  }

  /** Census surnames of one kind, drawn by their count of bearers. */
  private static final class Surnames {

    private final List<String> names;
    private final long[] cumulative;

    private Surnames(List<String> names, long[] cumulative) {
      this.names = names;
      this.cumulative = cumulative;
    }

    static Surnames load(DoublePredicate hispanicPercent) {
      List<String> names = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      try (InputStream in = SpanishNamingSet.class.getResourceAsStream(SURNAMES)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + SURNAMES);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.readLine();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String[] columns = line.split(",", -1);
          if (columns.length < 11) {
            continue;
          }
          double pct;
          try {
            pct = Double.parseDouble(columns[10]);
          } catch (NumberFormatException e) {
            continue; // suppressed "(S)"
          }
          if (hispanicPercent.test(pct)) {
            names.add(display(columns[0]));
            counts.add(Long.parseLong(columns[2]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      long[] cumulative = new long[counts.size()];
      long sum = 0;
      for (int i = 0; i < counts.size(); i++) {
        sum += counts.get(i);
        cumulative[i] = sum;
      }
      return new Surnames(names, cumulative);
    }

    String draw(SplittableRandom r) {
      long x = r.nextLong(cumulative[cumulative.length - 1]);
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] > x) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return names.get(lo);
    }

    private static String display(String census) {
      String accented = ACCENTED.get(census);
      if (accented != null) {
        return accented;
      }
      return census.charAt(0) + census.substring(1).toLowerCase(Locale.ROOT);
    }
  }
}

package org.puente.protocol.note;

/** Keys and notes published with the specifications, to check Puente byte for byte against. */
final class GoldenNotes {

  private GoldenNotes() {}

  /** The worked example of c2sp.org/signed-note, "Verifier keys". */
  static final String SPEC_VKEY =
      "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";

  static final String SPEC_NOTE =
      "This is an example message.\n\n\u2014 example.com/foo"
          + " Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

  /** The opening example of c2sp.org/signed-note: a text with a blank line of its own. */
  static final String QUASIMODO_NOTE =
      "Ognuno sta solo sul cuor della terra\n"
          + "trafitto da un raggio di sole:\n"
          + "\n"
          + "ed \u00e8 subito sera.\n"
          + "\n"
          + "\u2014 quasimodo.example/salvatore"
          + " NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=\n";

  /** The example of c2sp.org/tlog-checkpoint, with the cosignature of c2sp.org/tlog-cosignature. */
  static final String COSIGNED_CHECKPOINT =
      "example.com/behind-the-sofa\n"
          + "20852163\n"
          + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
          + "\n"
          + "\u2014 example.com/behind-the-sofa"
          + " Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
          + "\u2014 witness.example.com/w1"
          + " jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";

  /**
   * The example key pair and note in the documentation of Go's golang.org/x/mod/sumdb/note, whose
   * private key text format Puente's key store uses.
   */
  static final String GO_PRIVATE_KEY =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

  static final String GO_VKEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

  static final String GO_TEXT =
      """
      If you think cryptography is the answer to your problem,
      then you don't know what your problem is.
      """;

  static final String GO_NOTE =
      GO_TEXT
          + "\n\u2014 PeterNeumann"
          + " x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
}

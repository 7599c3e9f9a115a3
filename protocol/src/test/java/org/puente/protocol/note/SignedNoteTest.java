package org.puente.protocol.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedNoteTest {

  @Test
  void theSpecExampleVerifiesWithTheSpecVkey() throws Exception {
    var verifier = NoteVerifier.of(Vkey.parse(GoldenNotes.SPEC_VKEY));
    SignedNote note = verifier.verify(GoldenNotes.SPEC_NOTE);
    assertThat(note.text()).isEqualTo("This is an example message.\n");
    assertThat(note.signatures())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.keyName()).isEqualTo("example.com/foo");
          assertThat(Vkey.hex(s.keyId())).isEqualTo("530d903a");
          assertThat(s.signature()).hasSize(64);
        });
    assertThat(note.format()).isEqualTo(GoldenNotes.SPEC_NOTE);
  }

  @Test
  void theTextEndsAtTheLastBlankLine() throws Exception {
    SignedNote note = SignedNote.parse(GoldenNotes.QUASIMODO_NOTE);
    assertThat(note.text())
        .isEqualTo(
            """
            Ognuno sta solo sul cuor della terra
            trafitto da un raggio di sole:

            ed \u00e8 subito sera.
            """);
    assertThat(note.signatures())
        .extracting(NoteSignature::keyName)
        .containsExactly("quasimodo.example/salvatore");
    assertThat(note.format()).isEqualTo(GoldenNotes.QUASIMODO_NOTE);
  }

  @Test
  void aNoteWithoutAnyTrustedSignatureIsRejected() throws Exception {
    var verifier = NoteVerifier.of(Vkey.parse(GoldenNotes.SPEC_VKEY));
    assertThatThrownBy(() -> verifier.verify(GoldenNotes.QUASIMODO_NOTE))
        .isInstanceOf(UnverifiedNote.class)
        .hasMessageContaining("no signature by a trusted key");
  }

  @Test
  void aChangedTextNoLongerVerifies() throws Exception {
    var verifier = NoteVerifier.of(Vkey.parse(GoldenNotes.SPEC_VKEY));
    String tampered = GoldenNotes.SPEC_NOTE.replace("example message", "exemplary message");
    assertThatThrownBy(() -> verifier.verify(tampered))
        .isInstanceOf(UnverifiedNote.class)
        .hasMessageContaining("example.com/foo+530d903a does not verify");
  }

  @Test
  void unknownSignaturesAreIgnoredButATrustedOneIsStillRequired() throws Exception {
    SigningKey log = SigningKey.generate("puente.example/log");
    SigningKey stranger = SigningKey.generate("stranger.example");
    SignedNote note = log.sign("hello\n").withSignature(stranger.signature("hello\n"));

    assertThat(NoteVerifier.of(log.vkey()).verify(note))
        .extracting(NoteSignature::keyName)
        .containsExactly("puente.example/log");
    // Even a wrong signature by an unknown key is ignored: it has nothing to do with the verifier.
    SignedNote withForgery =
        note.withSignature(NoteSignature.of("someone.example", 7, new byte[64]));
    assertThat(NoteVerifier.of(log.vkey()).verify(withForgery)).hasSize(1);
    assertThatThrownBy(() -> NoteVerifier.of(stranger.vkey()).verify(log.sign("x\n")))
        .isInstanceOf(UnverifiedNote.class);
  }

  @Test
  void aSignatureBySameNameButAnotherKeyIsIgnoredAndNamedWhenNothingElseVerifies() {
    SigningKey trusted = SigningKey.generate("puente.example/log");
    SigningKey rotated = SigningKey.generate("puente.example/log");
    SignedNote note = rotated.sign("size 3\n");
    assertThatThrownBy(() -> NoteVerifier.of(trusted.vkey()).verify(note))
        .isInstanceOf(UnverifiedNote.class)
        .hasMessageContaining("puente.example/log+" + Vkey.hex(rotated.vkey().keyId()))
        .hasMessageContaining("a different key");
    // Alongside a valid trusted signature, the other key's signature is simply ignored.
    SignedNote both = note.withSignature(trusted.signature("size 3\n"));
    assertThat(catchVerified(NoteVerifier.of(trusted.vkey()), both)).hasSize(1);
  }

  @Test
  void aBadSignatureByATrustedKeyRejectsTheWholeNote() {
    SigningKey log = SigningKey.generate("puente.example/log");
    SignedNote good = log.sign("a\n");
    SignedNote forged =
        good.withSignature(NoteSignature.of(log.vkey().name(), log.vkey().keyId(), new byte[64]));
    assertThatThrownBy(() -> NoteVerifier.of(log.vkey()).verify(forged))
        .isInstanceOf(UnverifiedNote.class)
        .hasMessageContaining("does not verify");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no blank line\n\u2014 a AAAAAAA=\n",
        "text\n\n",
        "text\n\n\u2014 a AAAAAAA=",
        "text\n\n- a AAAAAAA=\n",
        "text\n\n\u2014 a AAAA\n",
        "text\n\n\u2014 a AAAAAAA\n",
        "text\n\n\u2014 a+b AAAAAAA=\n",
        "text\n\n\u2014 a\u00a0b AAAAAAA=\n",
        "text\n\n\u2014  AAAAAAA=\n",
        "text\n\n\u2014 a AAAAAAA=\n\n",
        "text\n\n\u2014 a AAAAAAA= extra\n",
        "tab\there\n\n\u2014 a AAAAAAA=\n",
        "carriage\r\n\n\u2014 a AAAAAAA=\n",
        "lone \ud800 surrogate\n\n\u2014 a AAAAAAA=\n",
        "\u2014 a AAAAAAA=\n"
      })
  void malformedNotesAreRejected(String note) {
    assertThatThrownBy(() -> SignedNote.parse(note)).isInstanceOf(MalformedNote.class);
  }

  @Test
  void moreThanAHundredSignaturesAreRefused() {
    var lines = new StringBuilder("text\n\n");
    for (int i = 0; i <= SignedNote.MAX_SIGNATURES; i++) {
      lines.append("\u2014 k").append(i).append(" AAAAAAA=\n");
    }
    assertThatThrownBy(() -> SignedNote.parse(lines.toString()))
        .isInstanceOf(MalformedNote.class)
        .hasMessageContaining("at most 100");
  }

  @Test
  void sixteenSignaturesAreAccepted() throws Exception {
    var keys = new ArrayList<Vkey>();
    SignedNote note = null;
    for (int i = 0; i < 16; i++) {
      SigningKey key = SigningKey.generate("cosigner" + i + ".example");
      keys.add(key.vkey());
      note = note == null ? key.sign("t\n") : note.withSignature(key.signature("t\n"));
    }
    SignedNote parsed = SignedNote.parse(java.util.Objects.requireNonNull(note).format());
    assertThat(new NoteVerifier(keys).verify(parsed)).hasSize(16);
  }

  @Test
  void aTextMustEndInANewline() {
    SigningKey key = SigningKey.generate("k");
    assertThatThrownBy(() -> key.sign("no newline")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignedNote("x\n", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<NoteSignature> catchVerified(NoteVerifier verifier, SignedNote note) {
    try {
      return verifier.verify(note);
    } catch (UnverifiedNote e) {
      throw new AssertionError(e);
    }
  }
}

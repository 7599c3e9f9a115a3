package org.puente.protocol.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

  private static final String ORIGIN = "puente.example.mx/log";
  private static final byte[] ROOT =
      Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");

  @Test
  void theSpecExampleParses() throws Exception {
    SignedNote note = SignedNote.parse(GoldenNotes.COSIGNED_CHECKPOINT);
    Checkpoint checkpoint = Checkpoint.parse(note.text());
    assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
    assertThat(checkpoint.size()).isEqualTo(20852163L);
    assertThat(checkpoint.root()).isEqualTo(ROOT);
    assertThat(checkpoint.extensions()).isEmpty();
    assertThat(checkpoint.text()).isEqualTo(note.text());
    assertThat(note.signatures())
        .extracting(NoteSignature::keyName)
        .containsExactly("example.com/behind-the-sofa", "witness.example.com/w1");
  }

  @Test
  void theSpecCosignatureCarriesTheSpecTimestamp() throws Exception {
    // tlog-cosignature shows "time 1679315147" in its signed-message example; the example
    // cosignature line encodes that same time in its first eight signature bytes.
    NoteSignature cosignature =
        SignedNote.parse(GoldenNotes.COSIGNED_CHECKPOINT).signatures().get(1);
    assertThat(cosignature.signature()).hasSize(72);
    assertThat(Cosigner.time(cosignature)).isEqualTo(Instant.ofEpochSecond(1679315147L));
  }

  @Test
  void aSignedCheckpointVerifiesAndRoundTrips() throws Exception {
    SigningKey key = SigningKey.generate(ORIGIN);
    var checkpoint = new Checkpoint(ORIGIN, 42, ROOT);
    String note = checkpoint.sign(key).format();
    assertThat(note)
        .startsWith(ORIGIN + "\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n\u2014 ");
    assertThat(Checkpoint.verify(note, NoteVerifier.of(key.vkey()))).isEqualTo(checkpoint);
  }

  @Test
  void extensionLinesAreKeptAndSigned() throws Exception {
    SigningKey key = SigningKey.generate(ORIGIN);
    var checkpoint = new Checkpoint(ORIGIN, 7, ROOT, List.of("ext one", "ext two"));
    String note = checkpoint.sign(key).format();
    Checkpoint back = Checkpoint.verify(note, NoteVerifier.of(key.vkey()));
    assertThat(back.extensions()).containsExactly("ext one", "ext two");
    String stripped = note.replace("ext two\n", "");
    assertThatThrownBy(() -> Checkpoint.verify(stripped, NoteVerifier.of(key.vkey())))
        .isInstanceOf(UnverifiedNote.class);
  }

  @Test
  void tamperingWithSizeRootOrOriginIsRejected() {
    SigningKey key = SigningKey.generate(ORIGIN);
    NoteVerifier verifier = NoteVerifier.of(key.vkey());
    String note = new Checkpoint(ORIGIN, 42, ROOT).sign(key).format();

    String otherSize = note.replace("\n42\n", "\n41\n");
    String otherRoot = note.replace("CsUYapGG", "DsUYapGG");
    String otherOrigin =
        note.replaceFirst("puente\\.example\\.mx/log\n", "puente.example.ca/log\n");
    for (String tampered : List.of(otherSize, otherRoot, otherOrigin)) {
      assertThat(tampered).isNotEqualTo(note);
      assertThatThrownBy(() -> Checkpoint.verify(tampered, verifier))
          .isInstanceOf(UnverifiedNote.class)
          .hasMessageContaining("does not verify");
    }
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsRejected() {
    SigningKey key = SigningKey.generate(ORIGIN);
    SigningKey impostor = SigningKey.generate(ORIGIN);
    String note = new Checkpoint(ORIGIN, 42, ROOT).sign(impostor).format();
    assertThatThrownBy(() -> Checkpoint.verify(note, NoteVerifier.of(key.vkey())))
        .isInstanceOf(UnverifiedNote.class)
        .hasMessageContaining("no signature by a trusted key");
  }

  @Test
  void aCosignerAddsAVerifiableTimestampedSignature() throws Exception {
    SigningKey log = SigningKey.generate(ORIGIN);
    Cosigner witness = Cosigner.generate("puente.example.ca/witness");
    var checkpoint = new Checkpoint(ORIGIN, 42, ROOT);
    Instant time = Instant.parse("2026-11-28T10:15:30Z");
    SignedNote cosigned =
        checkpoint.sign(log).withSignature(witness.cosign(checkpoint.text(), time));

    var both = NoteVerifier.of(log.vkey(), witness.vkey());
    assertThat(both.verify(SignedNote.parse(cosigned.format()))).hasSize(2);
    assertThat(Cosigner.time(cosigned.signatures().get(1))).isEqualTo(time);
    assertThat(NoteVerifier.of(witness.vkey()).verify(cosigned)).hasSize(1);
    assertThat(Cosigner.parse(witness.privateKeyText()).vkey()).isEqualTo(witness.vkey());

    // A cosignature does not verify as a plain signature by the same key material.
    Vkey plain = Vkey.of(witness.vkey().name(), SignatureType.ED25519, witness.vkey().publicKey());
    assertThatThrownBy(() -> NoteVerifier.of(plain).verify(cosigned))
        .isInstanceOf(UnverifiedNote.class);
  }

  @Test
  void aCosignatureWithAChangedTimestampFails() throws Exception {
    Cosigner witness = Cosigner.generate("w.example");
    var checkpoint = new Checkpoint(ORIGIN, 1, ROOT);
    NoteSignature cosignature = witness.cosign(checkpoint.text(), Instant.ofEpochSecond(1000));
    byte[] bytes = cosignature.signature();
    bytes[7] ^= 1;
    var moved = NoteSignature.of(cosignature.keyName(), witness.vkey().keyId(), bytes);
    assertThatThrownBy(() ->
            NoteVerifier.of(witness.vkey())
                .verify(new SignedNote(checkpoint.text(), List.of(moved))))
        .isInstanceOf(UnverifiedNote.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "origin\n42\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=",
        "\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n042\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n+42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n99999999999999999999\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2=\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\next\n\n"
      })
  void malformedCheckpointsAreRejected(String text) {
    assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(MalformedNote.class);
  }

  @Test
  void theEmptyTreeHasSizeZero() throws Exception {
    Checkpoint empty = Checkpoint.parse("o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    assertThat(empty.size()).isZero();
  }
}

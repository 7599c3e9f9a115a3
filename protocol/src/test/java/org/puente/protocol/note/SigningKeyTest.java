package org.puente.protocol.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void rawKeysFollowRfc8032() {
    // RFC 8032 section 7.1, TEST 1: secret key, public key and the signature of the empty message.
    byte[] seed = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    KeyPair pair = Ed25519.fromSeed(seed);
    assertThat(HEX.formatHex(Ed25519.raw(pair.getPublic())))
        .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    assertThat(HEX.formatHex(Ed25519.sign(pair.getPrivate(), new byte[0])))
        .isEqualTo(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065"
                + "224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  }

  @Test
  void theGoExampleKeyReproducesTheGoExampleNoteExactly() throws Exception {
    SigningKey key = SigningKey.parse(GoldenNotes.GO_PRIVATE_KEY);
    assertThat(key.vkey()).hasToString(GoldenNotes.GO_VKEY);
    assertThat(key.privateKeyText()).isEqualTo(GoldenNotes.GO_PRIVATE_KEY);
    assertThat(key.sign(GoldenNotes.GO_TEXT).format()).isEqualTo(GoldenNotes.GO_NOTE);
    assertThat(NoteVerifier.of(Vkey.parse(GoldenNotes.GO_VKEY)).verify(GoldenNotes.GO_NOTE).text())
        .isEqualTo(GoldenNotes.GO_TEXT);
  }

  @Test
  void aGeneratedKeyRoundTripsThroughItsText() throws Exception {
    SigningKey key = SigningKey.generate("puente.example.mx/log");
    SigningKey again = SigningKey.parse(key.privateKeyText() + "\n");
    assertThat(again.vkey()).isEqualTo(key.vkey());
    SignedNote note = again.sign("puente\n");
    assertThat(NoteVerifier.of(key.vkey()).verify(note)).hasSize(1);
  }

  @Test
  void theKeyNeverShowsInToString() {
    SigningKey key = SigningKey.generate("puente.example.mx/log");
    String secret = key.privateKeyText();
    assertThat(key.toString()).doesNotContain(secret.substring(secret.lastIndexOf('+') + 1));
    assertThat(key.toString()).contains("puente.example.mx/log+");
  }

  @Test
  void privateKeyTextIsChecked() {
    String wrongId = GoldenNotes.GO_PRIVATE_KEY.replace("c74f20a3", "c74f20a4");
    assertThatThrownBy(() -> SigningKey.parse(wrongId))
        .isInstanceOf(MalformedKey.class)
        .hasMessageContaining("claims key ID c74f20a4");
    assertThatThrownBy(() -> SigningKey.parse(GoldenNotes.GO_VKEY))
        .isInstanceOf(MalformedKey.class);
    assertThatThrownBy(() -> SigningKey.parse("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEK"))
        .isInstanceOf(MalformedKey.class);
    Cosigner cosigner = Cosigner.generate("witness.example");
    assertThatThrownBy(() -> SigningKey.parse(cosigner.privateKeyText()))
        .isInstanceOf(MalformedKey.class)
        .hasMessageContaining("ED25519_COSIGNATURE");
  }

  @Test
  void keyNamesMustBeUsable() {
    assertThatThrownBy(() -> SigningKey.generate("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.generate("a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.generate("a+b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.generate("a\u3000b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SigningKey.generate("puente.example.mx/bit\u00e1cora").vkey().name())
        .isEqualTo("puente.example.mx/bit\u00e1cora");
  }
}

package org.puente.protocol.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VkeyTest {

  @Test
  void theSpecVkeyParsesAndItsKeyIdRecomputes() throws Exception {
    Vkey key = Vkey.parse(GoldenNotes.SPEC_VKEY);
    assertThat(key.name()).isEqualTo("example.com/foo");
    assertThat(key.keyId()).isEqualTo(0x530d903a);
    assertThat(key.type()).isEqualTo(SignatureType.ED25519);
    assertThat(key.publicKey()).hasSize(32);
    assertThat(key).hasToString(GoldenNotes.SPEC_VKEY);
    assertThat(Vkey.keyId("example.com/foo", SignatureType.ED25519, key.publicKey()))
        .isEqualTo(0x530d903a);
  }

  @Test
  void aBase64KeyContainingPlusStillSplitsAtTheFirstTwoSeparators() throws Exception {
    // The Go example key's base64 has no '+', but the private key's does; search until one has.
    for (int i = 0; i < 200; i++) {
      Vkey key = SigningKey.generate("k" + i).vkey();
      String text = key.toString();
      if (text.substring(text.indexOf('+', text.indexOf('+') + 1) + 1).contains("+")) {
        assertThat(Vkey.parse(text)).isEqualTo(key);
        return;
      }
    }
    throw new AssertionError("no generated key had a '+' in its base64 form");
  }

  @Test
  void aKeyIdThatDoesNotMatchIsRejected() {
    String wrongId = GoldenNotes.SPEC_VKEY.replace("530d903a", "530d903b");
    assertThatThrownBy(() -> Vkey.parse(wrongId))
        .isInstanceOf(MalformedKey.class)
        .hasMessageContaining("claims key ID 530d903b")
        .hasMessageContaining("530d903a");
  }

  @Test
  void anotherNameGivesAnotherKeyId() throws Exception {
    Vkey key = Vkey.parse(GoldenNotes.SPEC_VKEY);
    String renamed = GoldenNotes.SPEC_VKEY.replace("example.com/foo", "example.com/bar");
    assertThatThrownBy(() -> Vkey.parse(renamed)).isInstanceOf(MalformedKey.class);
    assertThat(Vkey.of("example.com/bar", SignatureType.ED25519, key.publicKey()).keyId())
        .isNotEqualTo(key.keyId());
  }

  @Test
  void cosignerKeysCarryType4AndTheirOwnKeyId() throws Exception {
    Vkey key = Vkey.parse(GoldenNotes.SPEC_VKEY);
    Vkey cosigner = Vkey.of(key.name(), SignatureType.ED25519_COSIGNATURE, key.publicKey());
    assertThat(cosigner.keyId()).isNotEqualTo(key.keyId());
    assertThat(Base64.getDecoder().decode(cosigner.toString().split("\\+", 3)[2])[0])
        .isEqualTo((byte) 4);
    assertThat(Vkey.parse(cosigner.toString())).isEqualTo(cosigner);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "example.com/foo",
        "+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2",
        "example.com/foo+530d903a+AukyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2kAA==",
        "exa mple.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
      })
  void malformedVkeysAreRejected(String text) {
    assertThatThrownBy(() -> Vkey.parse(text)).isInstanceOf(MalformedKey.class);
  }

  @Test
  void unsupportedSignatureTypesAreNamed() {
    byte[] material = new byte[33];
    material[0] = 0x06;
    String text = "x+00000000+" + Base64.getEncoder().encodeToString(material);
    assertThatThrownBy(() -> Vkey.parse(text))
        .isInstanceOf(MalformedKey.class)
        .hasMessageContaining("0x06");
  }
}

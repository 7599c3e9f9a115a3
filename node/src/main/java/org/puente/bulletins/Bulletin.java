package org.puente.bulletins;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulletin as its readers see it.
 *
 * @param id the bulletin's id
 * @param kind officer safety or intelligence
 * @param title the title
 * @param body the text
 * @param owner the owning agency's code
 * @param author the username of who wrote it
 * @param createdAt when it was issued
 */
public record Bulletin(
    UUID id,
    BulletinKind kind,
    String title,
    String body,
    String owner,
    String author,
    Instant createdAt) {}

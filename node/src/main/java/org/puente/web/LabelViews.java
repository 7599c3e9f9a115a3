package org.puente.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.governance.Agencies;
import org.puente.governance.Agency;
import org.puente.governance.Disclosed;
import org.puente.governance.Label;
import org.puente.governance.StoredLabel;
import org.springframework.stereotype.Component;

/** The JSON shapes of labels and pointers, the same for every record type. */
@Component
public class LabelViews {

  private final Agencies agencies;

  LabelViews(Agencies agencies) {
    this.agencies = agencies;
  }

  /** A stored label as the API shows it: the request shape plus owner and digest. */
  public Map<String, Object> label(StoredLabel stored) {
    Label label = stored.label();
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> releasable = new ArrayList<>();
    label.countries().forEach(c -> releasable.add(c.name()));
    releasable.addAll(label.agencies());
    m.put("releasableTo", releasable);
    m.put("communities", List.copyOf(label.communities()));
    m.put("handling", label.handling().name());
    if (label.handlingText() != null) {
      m.put("handlingText", label.handlingText());
    }
    m.put("tlp", label.tlp().code());
    m.put("outsiders", label.outsiders().name());
    m.put("statistics", label.statistics().stream().map(Enum::name).toList());
    if (label.retainUntil() != null) {
      m.put("retainUntil", label.retainUntil().toString());
    }
    if (label.evaluation() != null) {
      m.put("evaluation", label.evaluation().code());
    }
    m.put("owner", stored.owner());
    m.put("digest", stored.digest());
    return m;
  }

  /** The owning agency as {@code {"agency","country"}}. */
  public Map<String, Object> owner(String agencyCode) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agency", agencyCode);
    m.put("country", agencies.find(agencyCode).map(Agency::country).map(Enum::name).orElse(null));
    return m;
  }

  /** A pointer: the record's id and type, who holds it and whom to contact; nothing else. */
  public Map<String, Object> pointer(Disclosed.Pointer<?> pointer) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", pointer.id().toString());
    m.put("pointer", true);
    m.put("type", pointer.recordType());
    Map<String, Object> owner = new LinkedHashMap<>();
    owner.put("agency", pointer.owner());
    owner.put("country", pointer.ownerCountry().name());
    m.put("owner", owner);
    m.put("contact", pointer.contact());
    return m;
  }
}

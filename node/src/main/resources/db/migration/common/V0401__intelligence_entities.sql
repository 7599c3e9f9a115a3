-- Intelligence exchange: entities, their versions and fields (each field with its own label) and
-- relationships between entities.
CREATE SCHEMA IF NOT EXISTS intelligence;

CREATE TABLE intelligence.entity (
  id            UUID PRIMARY KEY,
  type          VARCHAR(20) NOT NULL,
  version       INTEGER NOT NULL,
  watchlisted   BOOLEAN NOT NULL DEFAULT FALSE,
  label_id      BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  created_by    VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX entity_by_label ON intelligence.entity (label_id);
CREATE INDEX entity_by_owner ON intelligence.entity (owner_agency, type);

-- One row per version: who wrote it, when and why, under the record's label at that version.
CREATE TABLE intelligence.entity_version (
  id            UUID PRIMARY KEY,
  entity_id     UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  version       INTEGER NOT NULL,
  label_id      BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  changed_by    VARCHAR(64) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  reason        VARCHAR(500),
  CONSTRAINT entity_version_once UNIQUE (entity_id, version)
);

-- One row per field and version; label_id is the record's label unless the field has a stricter one.
CREATE TABLE intelligence.entity_field (
  id            UUID PRIMARY KEY,
  entity_id     UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  version       INTEGER NOT NULL,
  name          VARCHAR(40) NOT NULL,
  field_value   VARCHAR(20000) NOT NULL,
  unverified    BOOLEAN NOT NULL DEFAULT FALSE,
  label_id      BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  CONSTRAINT entity_field_once UNIQUE (entity_id, version, name)
);

CREATE TABLE intelligence.relationship (
  id            UUID PRIMARY KEY,
  type          VARCHAR(30) NOT NULL,
  source_id     UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  target_id     UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  valid_from    DATE,
  valid_to      DATE,
  evidence      VARCHAR(2000),
  evaluation    CHAR(2) NOT NULL,
  label_id      BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  created_by    VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX relationship_by_source ON intelligence.relationship (source_id, label_id);
CREATE INDEX relationship_by_target ON intelligence.relationship (target_id, label_id);

-- Reference spectral libraries: each one owned by an agency and labeled like any record (an
-- in-house library may be national only). Only the enforcement point reads the library table.
CREATE TABLE forensics.spectral_library (
  id             UUID PRIMARY KEY,
  name           VARCHAR(200) NOT NULL,
  description    VARCHAR(2000) NOT NULL,
  format         VARCHAR(20) NOT NULL,
  origin         VARCHAR(10) NOT NULL,
  entries        INTEGER NOT NULL,
  label_id       BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency   VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  author         VARCHAR(64) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX spectral_library_by_label ON forensics.spectral_library (label_id);

-- The files of an uploaded library as they arrived, read again into the in-memory search index
-- when the node starts; a shipped library has one row without content (origin SHIPPED).
CREATE TABLE forensics.spectral_file (
  library_id     UUID NOT NULL,
  seq            INTEGER NOT NULL,
  name           VARCHAR(300) NOT NULL,
  format         VARCHAR(20) NOT NULL,
  origin         VARCHAR(10) NOT NULL,
  content        BYTEA NOT NULL,
  PRIMARY KEY (library_id, seq)
);

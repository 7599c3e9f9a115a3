-- DSAP seized-drug reports: the labeled report itself, its earlier versions, the unique
-- laboratory + sample key, and the impurity profiles that seizure linkage searches.
CREATE SCHEMA IF NOT EXISTS forensics;

-- The current version of each report; read only through the enforcement point.
CREATE TABLE forensics.report (
  id                 UUID PRIMARY KEY,
  lab_id             VARCHAR(32) NOT NULL,
  sample_id          VARCHAR(200) NOT NULL,
  version            INTEGER NOT NULL,
  seizure_event      VARCHAR(200) NOT NULL,
  seizure_date       DATE NOT NULL,
  country            VARCHAR(3) NOT NULL,
  subdivision        VARCHAR(10) NOT NULL,
  port_code          VARCHAR(16),
  analysed           DATE NOT NULL,
  form               VARCHAR(20) NOT NULL,
  primary_substance  VARCHAR(100),
  substances         VARCHAR(8000) NOT NULL,
  classes            VARCHAR(4000) NOT NULL,
  route              VARCHAR(20) NOT NULL,
  document           TEXT NOT NULL,
  results            TEXT NOT NULL,
  label_id           BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency       VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  author             VARCHAR(64) NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_by_label ON forensics.report (label_id);
CREATE INDEX report_by_seizure_date ON forensics.report (seizure_date);
CREATE INDEX report_by_country ON forensics.report (country, seizure_date);

-- Versions replaced by an amendment, kept as they were; labeled like the report they were.
CREATE TABLE forensics.report_revision (
  id                 UUID PRIMARY KEY,
  report_id          UUID NOT NULL,
  version            INTEGER NOT NULL,
  document           TEXT NOT NULL,
  results            TEXT NOT NULL,
  label_id           BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency       VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  author             VARCHAR(64) NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  replaced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (report_id, version)
);
CREATE INDEX report_revision_by_label ON forensics.report_revision (label_id);

-- One report per laboratory and sample id: a resubmission is refused unless it amends.
CREATE TABLE forensics.report_key (
  lab_id     VARCHAR(32) NOT NULL,
  sample_id  VARCHAR(200) NOT NULL,
  report_id  UUID NOT NULL UNIQUE,
  PRIMARY KEY (lab_id, sample_id)
);

-- The transformed impurity profile of each report with one (fourth root of normalised areas,
-- in the order of ImpurityProfiles.VOCABULARY), loaded into the in-memory linkage index.
CREATE TABLE forensics.profile (
  report_id  UUID PRIMARY KEY,
  vector     VARCHAR(400) NOT NULL
);

-- New-substance proposals waiting for review; reference data, not labeled records.
CREATE TABLE forensics.substance_proposal (
  id            UUID PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  smiles        VARCHAR(2000) NOT NULL,
  inchikey      VARCHAR(27) NOT NULL,
  detected      VARCHAR(40) NOT NULL,
  note          VARCHAR(2000) NOT NULL,
  proposer      VARCHAR(64) NOT NULL,
  agency        VARCHAR(32) NOT NULL,
  status        VARCHAR(10) NOT NULL,
  reviewer      VARCHAR(64),
  review_note   VARCHAR(2000),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX substance_proposal_by_status ON forensics.substance_proposal (status, created_at);

-- Entity resolution and screening: analysts' decisions on proposed matches, imported watchlists,
-- agencies' risk rules, screenings of crossings and manifests, and the hits routed to owners.

-- An analyst's decision that two person entities are (CONFIRMED) or are not (REJECTED) one person.
CREATE TABLE intelligence.match_decision (
  id            UUID PRIMARY KEY,
  entity_a      UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  entity_b      UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  decision      VARCHAR(10) NOT NULL,
  score         DOUBLE PRECISION NOT NULL,
  explanation   VARCHAR(4000) NOT NULL,
  agency        VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  decided_by    VARCHAR(64) NOT NULL,
  reason        VARCHAR(500),
  decided_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX match_decision_a ON intelligence.match_decision (entity_a);
CREATE INDEX match_decision_b ON intelligence.match_decision (entity_b);

-- An imported watchlist; its entries are watch-listed entities under the list's label.
CREATE TABLE intelligence.watchlist (
  id            UUID PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  owner_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  label_json    VARCHAR(4000) NOT NULL,
  created_by    VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE intelligence.watchlist_entry (
  watchlist_id  UUID NOT NULL REFERENCES intelligence.watchlist (id) ON DELETE CASCADE,
  entity_id     UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  line          INTEGER NOT NULL,
  PRIMARY KEY (watchlist_id, entity_id)
);

-- A risk rule of an agency, applied to its own screenings: every clause must hold.
CREATE TABLE intelligence.screening_rule (
  id            UUID PRIMARY KEY,
  agency        VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  name          VARCHAR(200) NOT NULL,
  kind          VARCHAR(10) NOT NULL,
  clauses       VARCHAR(4000) NOT NULL,
  enabled       BOOLEAN NOT NULL,
  created_by    VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE intelligence.screening (
  id            UUID PRIMARY KEY,
  agency        VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  screened_by   VARCHAR(64) NOT NULL,
  mode          VARCHAR(20) NOT NULL,
  place         VARCHAR(200),
  record_count  INTEGER NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The screened records as submitted, kept so the owner's liaison sees what was screened.
CREATE TABLE intelligence.screening_record (
  screening_id  UUID NOT NULL REFERENCES intelligence.screening (id) ON DELETE CASCADE,
  record_index  INTEGER NOT NULL,
  record_json   VARCHAR(8000) NOT NULL,
  PRIMARY KEY (screening_id, record_index)
);

-- A hit on a watch-listed entity (entity_id) or on one of the screening agency's rules (rule_id).
-- A hit the screener cannot see in full is REFERRED to the entity owner's liaison queue.
CREATE TABLE intelligence.screening_hit (
  id            UUID PRIMARY KEY,
  screening_id  UUID NOT NULL REFERENCES intelligence.screening (id) ON DELETE CASCADE,
  record_index  INTEGER NOT NULL,
  entity_id     UUID REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  entity_owner  VARCHAR(32) REFERENCES governance.agency (code),
  rule_id       UUID REFERENCES intelligence.screening_rule (id) ON DELETE CASCADE,
  score         DOUBLE PRECISION NOT NULL,
  clauses       VARCHAR(2000) NOT NULL,
  explanation   VARCHAR(4000) NOT NULL,
  status        VARCHAR(10) NOT NULL,
  decided_by    VARCHAR(64),
  decided_at    TIMESTAMP WITH TIME ZONE,
  reason        VARCHAR(500)
);
CREATE INDEX screening_hit_by_screening ON intelligence.screening_hit (screening_id, record_index);
CREATE INDEX screening_hit_queue ON intelligence.screening_hit (entity_owner, status);

-- Each agency's clusters: people its analysts confirmed to be one, with ids that stay stable
-- across merges and splits.
CREATE TABLE intelligence.match_cluster (
  agency        VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  entity_id     UUID NOT NULL REFERENCES intelligence.entity (id) ON DELETE CASCADE,
  cluster_id    VARCHAR(40) NOT NULL,
  PRIMARY KEY (agency, entity_id)
);
CREATE INDEX match_cluster_by_id ON intelligence.match_cluster (agency, cluster_id);

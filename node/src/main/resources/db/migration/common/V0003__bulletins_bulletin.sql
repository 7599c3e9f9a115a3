-- Officer-safety and intelligence bulletins: the first labeled record type.
CREATE SCHEMA IF NOT EXISTS bulletins;

CREATE TABLE bulletins.bulletin (
  id            UUID PRIMARY KEY,
  kind          VARCHAR(20) NOT NULL,
  title         VARCHAR(200) NOT NULL,
  body          VARCHAR(20000) NOT NULL,
  search_text   VARCHAR(40000) NOT NULL,
  label_id      BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  author        VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bulletin_by_label ON bulletins.bulletin (label_id);
CREATE INDEX bulletin_by_time ON bulletins.bulletin (created_at);

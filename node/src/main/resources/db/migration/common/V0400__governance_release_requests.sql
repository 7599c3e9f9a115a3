-- Release requests: a reader asks a record's owner to release it (or one withheld field) to the
-- reader's agency; the owner approves, narrows or refuses.
CREATE TABLE governance.release_request (
  id                UUID PRIMARY KEY,
  record_type       VARCHAR(64) NOT NULL,
  record_id         UUID NOT NULL,
  field_name        VARCHAR(64),
  owner_agency      VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  requester         VARCHAR(64) NOT NULL,
  requester_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  purpose           VARCHAR(500) NOT NULL,
  status            VARCHAR(12) NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by        VARCHAR(64),
  decided_at        TIMESTAMP WITH TIME ZONE,
  reason            VARCHAR(500),
  withheld          VARCHAR(2000)
);
CREATE INDEX release_request_by_owner ON governance.release_request (owner_agency, status);
CREATE INDEX release_request_by_requester ON governance.release_request (requester_agency);
CREATE INDEX release_request_by_record ON governance.release_request (record_id);

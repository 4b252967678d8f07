-- eventwire store schema (DuckDB). Every statement is idempotent: it runs each time a store opens.
-- Offsets (*_start, *_end, start_char, end_char) are str indices into articles.text, end exclusive.

CREATE TABLE IF NOT EXISTS eventwire_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
INSERT OR IGNORE INTO eventwire_meta VALUES ('schema_version', '2');

CREATE SEQUENCE IF NOT EXISTS articles_seq START 1;

-- One row per distinct article text.
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY,          -- sha256 hex of article.text (UTF-8)
    seq          BIGINT NOT NULL DEFAULT nextval('articles_seq'),  -- insertion order
    id           VARCHAR NOT NULL,             -- article.id; not unique (two texts may share an id)
    title        VARCHAR,
    published    VARCHAR,                      -- as given: ISO date or datetime, or NULL
    url          VARCHAR,
    outlet       VARCHAR,
    credits      VARCHAR[] NOT NULL,
    language     VARCHAR,
    text         VARCHAR NOT NULL,
    warnings     VARCHAR[] NOT NULL,
    ingested_at  TIMESTAMP NOT NULL,           -- UTC
    record       JSON NOT NULL                 -- the whole record as added, for re-export
);

-- One row per event; the text columns named as in export/rows.py where they overlap.
CREATE TABLE IF NOT EXISTS events (
    content_hash       VARCHAR NOT NULL REFERENCES articles (content_hash),
    event_id           VARCHAR NOT NULL,
    idx                INTEGER NOT NULL,       -- position in the record's events list
    sentence_text      VARCHAR,
    sentence_start     INTEGER,
    sentence_end       INTEGER,
    sentence_index     INTEGER,
    trigger_text       VARCHAR,
    trigger_start      INTEGER,
    trigger_end        INTEGER,
    cameo_code         VARCHAR,
    cameo_root         VARCHAR,
    cameo_name         VARCHAR,
    goldstein          DOUBLE,
    quad_class         INTEGER,
    plover_type        VARCHAR,
    plover_mode        VARCHAR,
    modality           VARCHAR,
    source_text        VARCHAR,
    source_start       INTEGER,
    source_end         INTEGER,
    source_code        VARCHAR,
    source_country     VARCHAR,
    source_sector      VARCHAR,
    source_name        VARCHAR,
    source_kind        VARCHAR,
    target_text        VARCHAR,
    target_start       INTEGER,
    target_end         INTEGER,
    target_code        VARCHAR,
    target_country     VARCHAR,
    target_sector      VARCHAR,
    target_name        VARCHAR,
    target_kind        VARCHAR,
    location_text      VARCHAR,
    location_start     INTEGER,
    location_end       INTEGER,
    location_name      VARCHAR,
    location_country   VARCHAR,
    admin1             VARCHAR,
    lat                DOUBLE,
    lon                DOUBLE,
    geonameid          BIGINT,
    location_feature   VARCHAR,
    date_text          VARCHAR,
    date_start         INTEGER,
    date_end           INTEGER,
    date_value         VARCHAR,                -- YYYY, YYYY-MM or YYYY-MM-DD
    date_precision     VARCHAR,
    counts             VARCHAR,                -- summary, e.g. 'killed soldier=33; destroyed tank=23'
    claimed_by_text    VARCHAR,
    claimed_by_start   INTEGER,
    claimed_by_end     INTEGER,
    claimed_by_code    VARCHAR,
    claimed_by_country VARCHAR,
    claimed_by_sector  VARCHAR,
    claimed_by_name    VARCHAR,
    claimed_by_kind    VARCHAR,
    confidence         DOUBLE,
    -- The period the since/until filters compare against: the event's date when it has a value,
    -- else the article's published date; NULL when neither is known.
    when_first         DATE,
    when_last          DATE,
    event              JSON NOT NULL,
    PRIMARY KEY (content_hash, event_id)
);

-- One row per entry of an event's counts list.
CREATE TABLE IF NOT EXISTS event_counts (
    content_hash VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,             -- position in the event's counts list
    kind         VARCHAR NOT NULL,             -- killed, wounded, destroyed, ...
    n            BIGINT NOT NULL,
    n_max        BIGINT,
    what         VARCHAR,
    category     VARCHAR,
    side         VARCHAR,
    text         VARCHAR,
    start_char   INTEGER,
    end_char     INTEGER,
    PRIMARY KEY (content_hash, event_id, idx),
    FOREIGN KEY (content_hash, event_id) REFERENCES events (content_hash, event_id)
);

-- One row per entry of the record's mentions list; the columns that do not apply to a kind are NULL.
CREATE TABLE IF NOT EXISTS mentions (
    content_hash VARCHAR NOT NULL REFERENCES articles (content_hash),
    idx          INTEGER NOT NULL,             -- position in the record's mentions list
    kind         VARCHAR NOT NULL,             -- actor, place, date, quantity, claimant
    text         VARCHAR,
    start_char   INTEGER,
    end_char     INTEGER,
    code         VARCHAR,                      -- actor, claimant
    country      VARCHAR,                      -- actor, claimant, place
    sector       VARCHAR,
    name         VARCHAR,                      -- actor, claimant, place
    actor_kind   VARCHAR,                      -- country, organization, group, person
    admin1       VARCHAR,                      -- place
    lat          DOUBLE,
    lon          DOUBLE,
    geonameid    BIGINT,
    feature      VARCHAR,
    value        VARCHAR,                      -- date
    precision    VARCHAR,
    count_kind   VARCHAR,                      -- quantity
    n            BIGINT,
    n_max        BIGINT,
    what         VARCHAR,
    category     VARCHAR,
    side         VARCHAR,
    mention      JSON NOT NULL,
    PRIMARY KEY (content_hash, idx)
);

-- Across articles (schema version 2): near-duplicate links and event clusters, written in the same
-- transaction as the article. The rules are in events/dedup.py; store/clusters.py writes and reads them.

-- The MinHash LSH index of article texts: BANDS rows per article that has words.
CREATE TABLE IF NOT EXISTS article_lsh (
    content_hash VARCHAR NOT NULL REFERENCES articles (content_hash),
    band         SMALLINT NOT NULL,
    bucket       BIGINT NOT NULL               -- hash of the band's MinHash values
);

-- One row per article that is a near-duplicate of an earlier stored one (both are kept).
CREATE TABLE IF NOT EXISTS article_links (
    content_hash VARCHAR PRIMARY KEY REFERENCES articles (content_hash),
    duplicate_of VARCHAR NOT NULL REFERENCES articles (content_hash),  -- the story's first stored article
    similarity   DOUBLE NOT NULL               -- Jaccard of word 3-gram shingles with the closest article of that story
);

CREATE SEQUENCE IF NOT EXISTS clusters_seq START 1;

-- One row per happening reported by one or more events.
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id       BIGINT PRIMARY KEY,
    cameo_root       VARCHAR,
    cameo_code       VARCHAR,                  -- the code of the event that opened it
    source_key       VARCHAR,                  -- dyad: the source's country, else its code
    target_key       VARCHAR,
    date_first       DATE,                     -- the members' dates (events.when_first..when_last): their
    date_last        DATE,                     -- own dates when any has one, else the publication dates
    dated            BOOLEAN NOT NULL,         -- date_first/date_last come from the events' own dates
    location_name    VARCHAR,                  -- the first precise place of a member, else the first coarse one
    location_country VARCHAR,
    admin1           VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    geonameid        BIGINT,
    location_feature VARCHAR,
    opened_by        VARCHAR NOT NULL REFERENCES articles (content_hash)
);

-- Every event is in exactly one cluster.
CREATE TABLE IF NOT EXISTS cluster_members (
    cluster_id   BIGINT NOT NULL REFERENCES event_clusters (cluster_id),
    content_hash VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,
    how          VARCHAR NOT NULL,             -- new | article | duplicate | match
    score        DOUBLE,                       -- mean agreement with the members compared; NULL when new
    PRIMARY KEY (content_hash, event_id),
    FOREIGN KEY (content_hash, event_id) REFERENCES events (content_hash, event_id)
);

-- Distinct coded actors, (code, name) pairs, from event participants, claimants and mentions.
-- A view, so it is never out of step with the tables it reads.
CREATE OR REPLACE VIEW actors AS
WITH seen AS (
    SELECT content_hash, source_code AS code, source_country AS country, source_sector AS sector,
           source_name AS name, source_kind AS kind
    FROM events WHERE source_code IS NOT NULL
    UNION ALL
    SELECT content_hash, target_code, target_country, target_sector, target_name, target_kind
    FROM events WHERE target_code IS NOT NULL
    UNION ALL
    SELECT content_hash, claimed_by_code, claimed_by_country, claimed_by_sector, claimed_by_name,
           claimed_by_kind
    FROM events WHERE claimed_by_code IS NOT NULL
    UNION ALL
    SELECT content_hash, code, country, sector, name, actor_kind
    FROM mentions WHERE code IS NOT NULL
)
SELECT seen.code,
       seen.name,
       mode(seen.country)                   AS country,
       mode(seen.sector)                    AS sector,
       mode(seen.kind)                      AS kind,
       arg_min(articles.id, articles.seq)   AS first_seen_article,
       min(articles.ingested_at)            AS first_seen_at,
       count(DISTINCT seen.content_hash)    AS articles
FROM seen JOIN articles USING (content_hash)
GROUP BY seen.code, seen.name;

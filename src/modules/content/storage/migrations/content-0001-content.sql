-- Content: nieuws, kennisbank, praktijkvoorbeelden, vacatures and pagina's, with their
-- taxonomy (sector, thema, soort), every saved revision, old slugs and attachments.
-- {{blob}} becomes BLOB (SQLite) or BYTEA (PostgreSQL).

CREATE TABLE taxonomy_terms (
    id {{id}},
    vocabulary TEXT NOT NULL CHECK (vocabulary IN ('sector', 'thema', 'soort')),
    slug TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (vocabulary, slug)
);

CREATE TABLE content_items (
    id {{id}},
    kind TEXT NOT NULL CHECK (kind IN ('nieuws', 'kennisbank', 'praktijkvoorbeeld', 'vacature', 'pagina')),
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('concept', 'gepubliceerd', 'gearchiveerd')),
    publish_at BIGINT,
    school_name TEXT NOT NULL DEFAULT '',
    region_id BIGINT REFERENCES regions(id),
    cover_id BIGINT,
    cover_alt TEXT NOT NULL DEFAULT '',
    highlighted BIGINT NOT NULL DEFAULT 0,
    author_id BIGINT REFERENCES users(id),
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX content_items_updated ON content_items(updated_at);
CREATE INDEX content_items_status ON content_items(status, kind);

CREATE TABLE content_terms (
    item_id BIGINT NOT NULL REFERENCES content_items(id),
    term_id BIGINT NOT NULL REFERENCES taxonomy_terms(id),
    PRIMARY KEY (item_id, term_id)
);
CREATE INDEX content_terms_term ON content_terms(term_id);

-- A full copy of the item as saved; term_ids is a comma-separated list.
CREATE TABLE content_revisions (
    id {{id}},
    item_id BIGINT NOT NULL REFERENCES content_items(id),
    version BIGINT NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    publish_at BIGINT,
    school_name TEXT NOT NULL,
    region_id BIGINT,
    cover_id BIGINT,
    cover_alt TEXT NOT NULL,
    highlighted BIGINT NOT NULL,
    term_ids TEXT NOT NULL,
    author_id BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    UNIQUE (item_id, version)
);

-- Earlier slugs of an item: their URLs keep redirecting to the current one.
CREATE TABLE content_old_slugs (
    slug TEXT PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES content_items(id)
);

CREATE TABLE attachments (
    id {{id}},
    item_id BIGINT NOT NULL REFERENCES content_items(id),
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data {{blob}} NOT NULL,
    uploaded_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX attachments_item ON attachments(item_id);

-- The starting taxonomy of every installation; the beheerder adds to it.
INSERT INTO taxonomy_terms (vocabulary, slug, label, created_at) VALUES
    ('sector', 'vmbo', 'vmbo', 0),
    ('sector', 'havo', 'havo', 0),
    ('sector', 'vwo', 'vwo', 0),
    ('sector', 'mbo', 'mbo', 0),
    ('sector', 'hbo', 'hbo', 0),
    ('thema', 'visie-en-beleid', 'Visie en beleid', 0),
    ('thema', 'kwaliteitsborging', 'Kwaliteitsborging', 0),
    ('thema', 'doorstromen', 'Doorstromen', 0),
    ('thema', 'loopbaancompetenties', 'Loopbaancompetenties', 0),
    ('thema', 'loopbaangesprek', 'Loopbaangesprek', 0),
    ('thema', 'professionalisering', 'Professionalisering', 0),
    ('thema', 'samenwerking-in-de-regio', 'Samenwerking in de regio', 0),
    ('thema', 'ouders', 'Ouders', 0),
    ('thema', 'kansengelijkheid', 'Kansengelijkheid', 0),
    ('soort', 'handreiking', 'Handreiking', 0),
    ('soort', 'wegwijzer', 'Wegwijzer', 0),
    ('soort', 'infographic', 'Infographic', 0),
    ('soort', 'video', 'Video', 0),
    ('soort', 'onderzoek', 'Onderzoek', 0),
    ('soort', 'instrument', 'Instrument', 0);

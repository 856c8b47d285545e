-- A network's shared documents: files the regiocoördinator keeps for its members (an
-- onderzoeksrapport, the jaarplanning, a presentation), type-checked by content when uploaded
-- (platform/core/common/file_type) and read only through the network.
CREATE TABLE networks_documents (
    id {{id}},
    network_id BIGINT NOT NULL REFERENCES networks_networks(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data {{blob}} NOT NULL,
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX networks_documents_network ON networks_documents(network_id);

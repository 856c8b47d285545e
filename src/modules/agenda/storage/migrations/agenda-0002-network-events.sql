-- An event of a region may be for one of its networks only (network_id): it stays out of the
-- public agenda and its calendar, and only the staff of the network's member schools and the
-- region's organisers see it.
ALTER TABLE agenda_events ADD COLUMN network_id BIGINT REFERENCES networks_networks(id) ON DELETE CASCADE;
CREATE INDEX agenda_events_network ON agenda_events(network_id);

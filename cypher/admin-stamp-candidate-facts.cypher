// Marks the candidate facts and requirement strings (admin-refresh-*) as whole and current, with
// a new $version: a store that kept every candidate's facts under an older version reads them
// again (read-candidate-facts), one that kept this version reads none. Written last by every
// load and supersession, after the refreshes; admin-unstamp-candidate-facts removes it first.
// One node, outside :Node (not exported, not counted); any number but one reads as no stamp.
MERGE (m:CareergraphMeta {key: 'candidate-facts'})
SET m.version = $version
RETURN m.version AS version

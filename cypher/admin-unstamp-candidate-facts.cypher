// Removes the candidate facts' version stamp (admin-stamp-candidate-facts) before any write
// that may change them (load, supersession, clearing): until the next stamp, every request
// reads every candidate's facts, as for a graph loaded before stamps, so a write that fails
// halfway never leaves kept facts looking current.
MATCH (m:CareergraphMeta {key: 'candidate-facts'})
DETACH DELETE m
RETURN count(*) AS removed

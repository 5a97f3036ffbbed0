// Occupations are looked up by SOC code.
CREATE INDEX occupation_code IF NOT EXISTS
FOR (n:Occupation) ON (n.code)

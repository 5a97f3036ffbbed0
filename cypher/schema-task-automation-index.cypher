// Few tasks carry an automation level (the curated profiles'); recommendations read them all
// at once through this index instead of reading every candidate's tasks.
CREATE INDEX task_automation_level IF NOT EXISTS
FOR (t:Task) ON (t.automationLevel)

-- readSession: who we are talking to and which database is managed
SELECT VERSION() AS version, DATABASE() AS db

-- 006: (SQLite only: its full-text tables declared in the form datasette recognises.) Kept so that both dialects
-- count the same migrations.
SELECT 1;

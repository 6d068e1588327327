-- What the figure pages' 修改记录 show for a reviewer: a display name
-- the operator gives (server user display NAME 显示名). The login name is
-- half of what a guesser needs and is never shown; without a display
-- name a reviewer is shown by number (审核员 3).
ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';

DROP FUNCTION render_message(text, text);
DROP TABLE messages;

"""The embedded engine: an index in the database and a finder scoring it in Python."""

"""File uploads, stored on disk and downloadable by their owner."""

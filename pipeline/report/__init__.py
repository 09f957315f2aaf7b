"""The coverage report: figures computed from the tables (stats) and drawn into one HTML page (render)."""

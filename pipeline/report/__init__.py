"""The coverage report: figures computed from the tables (stats) and drawn into one HTML page (render)."""

REPORT_PATH = "reports/coverage.html"  # inside the warehouse

"""The tables: one pandera model each (schemas.py) and the builders that fill them (build.py)."""

import pytest

from pipeline.extract.results_tables import teams

ROWS = {
    "Liverpool 0 Sheffield Wednesday 1": [("Liverpool", "ORG"), ("Sheffield Wednesday", "ORG")],
    "Real Madrid 2 (Davor Suker 24, Predrag Mijatovic 48) Barcelona 0.": [("Real Madrid", "ORG"), ("Barcelona", "ORG")],
    "New York 103 MIAMI 85": [("New York", "ORG"), ("MIAMI", "ORG")],
    "PSV Eindhoven 18 13 3 2 52 14 42": [("PSV Eindhoven", "ORG")],
    "Charleroi (Belgium) 9 0 9 9": [("Charleroi", "ORG"), ("Belgium", "GPE")],
    "Postponed: Forfar v Alloa, Inverness Thistle v Queen's Park": [
        ("Forfar", "ORG"), ("Alloa", "ORG"), ("Inverness Thistle", "ORG"), ("Queen's Park", "ORG")],
    "Lazio (12) v AS Roma (7) 1930": [("Lazio", "ORG"), ("AS Roma", "ORG")],
    # National teams play for a place: pycountry's names and the short forms it lacks.
    "Japan 2 Syria 1": [("Japan", "GPE"), ("Syria", "GPE")],
    "Scotland 1 Russia 1": [("Scotland", "GPE"), ("Russia", "GPE")],
    # Prose is not a table, whatever numbers it holds.
    "Sen. Elizabeth Warren (D-MA) said 3 aides left.": [],
    "Arsenal won 2-0 at Derby on Saturday, their 3rd win in 4 games.": [],
}


@pytest.mark.parametrize("row", ROWS)
def test_teams_in_table_rows(row):
    assert [(row[t.start : t.end], t.label) for t in teams(row)] == ROWS[row]

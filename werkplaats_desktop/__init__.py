"""Werkplaats Desktop: the offline administration of a Wmo-werkplaats / Werkplaats Sociaal Domein.

The package is layered (see README, "Architectuur"): ``domain`` (plain data and rules),
``store`` (SQLite through SQLAlchemy, Alembic migrations), ``services`` (use cases),
``exchange`` (file formats), ``cli`` (the ``werkplaats`` command) and ``ui`` (Qt only there).
"""

__version__ = "0.1.0"
APP_NAME = "Werkplaats Desktop"
APP_ID = "werkplaats-desktop"
ORGANIZATION = "Werkplaatsen Sociaal Domein"

"""Exchange with the landelijk overleg and other werkplaatsen: CSV exports and their import.

* ``export.export(db, target, ExportOptions(...))`` writes the landelijk overzicht (one CSV) or
  the full export (ZIP with one CSV per kind of record and ``manifest.json``);
* ``importer.import_files(db, paths)`` reads full exports and landelijk overzichten, checks
  every row and writes all of it in one transaction, or nothing, with a report;
* ``merge.merge_partners(db, pairs, label)`` folds partners the user confirmed to be the same.

The format itself is defined once in ``formats.py`` / ``landelijk.py`` (columns) and
``profiles.py`` (how a file is spelled), and documented in docs/uitwisselformaat.md.
"""

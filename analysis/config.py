"""Project paths and package data locations: the one place that names them."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "data"

# The project root is the folder holding pyproject.toml when run from a checkout;
# ANALYSIS_ROOT overrides it (useful for an installed package pointed at a data folder).
PROJECT_ROOT = Path(os.environ.get("ANALYSIS_ROOT", PACKAGE_DIR.parent)).resolve()
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"

TAXONOMY_FILE = PACKAGE_DATA / "taxonomy.yaml"
LANGUAGE_FILE = PACKAGE_DATA / "language.yaml"

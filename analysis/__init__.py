"""Figures reported in news articles, extracted with their provenance.

The data flows raw text -> articles (:mod:`analysis.raw`, :mod:`analysis.clean`)
-> figures (:mod:`analysis.numbers`, :mod:`analysis.extract`) -> tables
(:mod:`analysis.tables`) -> series and charts (later modules) -> reports.
"""

__version__ = "0.1.0"

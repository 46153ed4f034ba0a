"""Extraction: from one repaired article to its slogans, figures, documents, dates, regions and
measures (``pipeline.extract.article``: the components and their order), each in a module of its own.

Kept empty of imports: the search, the reports and a no-op build read only ``places`` (the place
tree's paths and codes) and must not load every extractor's patterns with it (~0.5 s).
"""

"""policykb: Chinese articles on cadre work -> a structured, searchable policy knowledge base."""

__version__ = "0.1.0"

"""Sitecraft: a fast, secure, multilingual CMS for official websites."""

__version__ = "0.1.0"

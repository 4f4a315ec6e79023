"""HepMeta Desktop: registry of liver surgery for breast-cancer liver metastases."""

__version__ = "0.1.0"

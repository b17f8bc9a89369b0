"""Pixel: an emotionally intelligent model for therapeutic conversation."""

__version__ = "0.1.0"

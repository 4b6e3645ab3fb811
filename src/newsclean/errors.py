"""Exceptions newsclean raises on purpose. Every one says what went wrong and what to do."""
from __future__ import annotations

__all__ = ["NewscleanError", "DecodeError", "ConfigError"]


class NewscleanError(Exception):
    """Base class of newsclean's own errors."""


class DecodeError(NewscleanError, ValueError):
    """Bytes that are not text in any encoding newsclean knows (binary data, say)."""


class ConfigError(NewscleanError, ValueError):
    """An unknown option, a bad value, or a configuration file that cannot be read."""

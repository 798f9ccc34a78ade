"""The `textbot` command: one small function per command, library errors turned into one line."""

from .main import main

__all__ = ["main"]

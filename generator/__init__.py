"""Mentor Directory: turns YAML mentor profiles into a validated directory and its site outputs.

The package has no dependency on MkDocs except `generator.mkdocs_plugin`, a thin adapter.
"""

"""The dashboard: a JSON API under ``/api`` and pages that render from it (``detente serve``)."""

from detente.web.app import create_app

__all__ = ["create_app"]

"""detente: political event data from news text.

Data flow: ``ingest`` → ``nlp`` → ``actors`` → ``events`` → ``store`` → ``monitor`` → ``report``.
"""

from detente.errors import DetenteError
from detente.models import Actor, Document, Event

__version__ = "0.1.0"
__all__ = ["Actor", "DetenteError", "Document", "Event", "__version__"]

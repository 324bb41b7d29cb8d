"""Doc extensions, all under the ``cp_`` prefix, registered once and idempotently (STYLE habit 4)."""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    # Stored in doc.user_data, so they survive the pickling of nlp.pipe(n_process > 1).
    if not Doc.has_extension("cp_numbers"):
        Doc.set_extension("cp_numbers", default=None)

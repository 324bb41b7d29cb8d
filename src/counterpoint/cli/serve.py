"""``counterpoint serve``: the read-only web UI (the ``web`` extra), bound to localhost by default."""

from __future__ import annotations

import inspect
from typing import Any

import click

from ..errors import CounterpointError, MissingExtraError
from . import options

_WEB_EXTRA = "pip install 'counterpoint[web]'"


def load_web() -> tuple[Any, Any]:
    """``(create_app, uvicorn)``, imported lazily (STYLE habit 8)."""
    try:
        import uvicorn

        from ..web.app import create_app
    except ModuleNotFoundError as exc:
        root = (exc.name or "").split(".")[0]
        if root in ("fastapi", "uvicorn", "starlette", "multipart", "python_multipart"):
            raise MissingExtraError(f"the web UI needs {root}, which is not installed", _WEB_EXTRA) from None
        if (exc.name or "").startswith("counterpoint.web"):
            raise CounterpointError("this build has no web UI (counterpoint.web is missing)") from None
        raise
    return create_app, uvicorn


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to bind.")
def serve(host: str, port: int) -> None:
    """Serve the web UI: paste or upload articles and read the report (HTML, or its JSON twin).

    Binds 127.0.0.1 unless --host says otherwise; the web extra must be installed.

    \b
    Examples:
      counterpoint serve
      counterpoint serve --port 8080
    """
    state = options.state()
    create_app, uvicorn = load_web()
    available: dict[str, Any] = {"settings": state.settings()}
    try:
        params = inspect.signature(create_app).parameters
    except (TypeError, ValueError):
        params = {}
    app = create_app(**{k: v for k, v in available.items() if k in params})
    uvicorn.run(app, host=host, port=port, log_level="warning" if not state.verbose else "info")

"""``counterpoint gazetteer``: manage the user's place-name gazetteer."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import click

from ..errors import CounterpointError, InputError
from . import options

FALLBACK_DB = Path("~/.local/share/counterpoint/gazetteer.sqlite")


def _geo() -> Any:
    try:
        return importlib.import_module("counterpoint.resolve.geo")
    except ModuleNotFoundError as exc:
        if exc.name != "counterpoint.resolve.geo":
            raise
        raise CounterpointError("this build has no gazetteer support (counterpoint.resolve.geo is missing)") from None


def default_db() -> Path:
    """The gazetteer database ``resolve.geo`` uses by default, else the XDG-style fallback."""
    geo = _geo()
    finder = getattr(geo, "default_user_db", None)
    return Path(finder()) if finder is not None else FALLBACK_DB.expanduser()


@click.group()
def gazetteer() -> None:
    """Manage the place-name gazetteer used to put places on the map.

    \b
    Examples:
      counterpoint gazetteer import SY.txt
      counterpoint gazetteer import allCountries.txt --db ./gazetteer.sqlite
    """


@gazetteer.command("import")
@click.argument("file", type=click.Path(dir_okay=True, path_type=Path))
@options.db_option("Gazetteer database to write (default: the user gazetteer).")
def import_(file: Path, db: Path | None) -> None:
    """Import a GeoNames dump file (a country file such as SY.txt) into the gazetteer.

    \b
    Examples:
      counterpoint gazetteer import SY.txt
      counterpoint gazetteer import SY.txt --db ./gazetteer.sqlite
    """
    if not file.exists():
        raise InputError(f"{file}: no such file", "download a dump from https://download.geonames.org/export/dump/")
    if file.is_dir():
        raise InputError(f"{file}: is a directory, not a GeoNames dump file")
    geo = _geo()
    importer = getattr(geo, "import_geonames_dump", None)
    if importer is None:
        raise CounterpointError("this build cannot import GeoNames dumps (import_geonames_dump is missing)")
    target = db if db is not None else default_db()
    rows = importer(file, target)
    if not options.state().quiet:
        count = f"{rows} rows" if isinstance(rows, int) else "rows"
        click.echo(f"imported {count} from {file} into {target}", err=True)

"""``counterpoint gazetteer``: manage the user's place-name gazetteer."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError
from . import options


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
    from ..resolve.geo import default_user_db  # the gazetteer stack loads only for this command
    from ..resolve.geodump import import_geonames_dump

    target = db if db is not None else default_user_db()
    rows = import_geonames_dump(file, target)
    if not options.state().quiet:
        click.echo(f"imported {rows} rows from {file} into {target}", err=True)

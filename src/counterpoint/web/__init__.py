"""The local web app (the ``web`` extra): a paste/upload form and ``POST /api/compare``.

:func:`counterpoint.web.app.create_app` builds the FastAPI app; :mod:`counterpoint.web.views`
turns request bodies into articles and articles into the report, with no web framework in it.
Importing this package imports nothing heavy (STYLE habit 8): ``counterpoint serve`` imports
``counterpoint.web.app`` only when it runs.
"""

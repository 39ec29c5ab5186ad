"""Import spaCy without its command-line package, which a checker never runs.

``import spacy`` runs ``from .cli.info import info`` (to offer ``spacy.info``), and that loads
spaCy's whole command line: typer, rich, httpx, weasel, the model downloader. It is a quarter of a
second of every ``check`` start, a quarter of the whole floor (docs/performance.md). Here
``spacy.cli`` and ``spacy.cli.info`` stand in ``sys.modules`` while spaCy is imported, as lazy
modules: the first use of anything in them (``spacy.info()``, ``spacy.cli.download``) removes
the stand-ins and imports the real package, so nothing of spaCy is lost, only deferred.
"""
from __future__ import annotations

import importlib
import sys
import types

CLI_MODULES = ("spacy.cli.info", "spacy.cli")


class DeferredModule(types.ModuleType):
    """A stand-in for a spaCy CLI module until one of its names is used."""

    def __getattr__(self, name: str):
        if name.startswith("__"):  # inspect, pickle and pytest probe dunders: not a use
            raise AttributeError(name)
        return getattr(load_real_cli(self.__name__), name)


def _deferred_info(*args, **kwargs):
    return load_real_cli("spacy.cli.info").info(*args, **kwargs)


def load_real_cli(name: str = "spacy.cli") -> types.ModuleType:
    """The real module ``name`` of spaCy's CLI, imported now if only its stand-in was."""
    for module_name in CLI_MODULES:
        if isinstance(sys.modules.get(module_name), DeferredModule):
            del sys.modules[module_name]
    spacy = sys.modules.get("spacy")
    if spacy is not None and isinstance(getattr(spacy, "__dict__", {}).get("cli"), DeferredModule):
        del spacy.__dict__["cli"]
    return importlib.import_module(name)


def import_spacy() -> types.ModuleType:
    """``import spacy``, deferring its CLI when spaCy is not imported yet. Falls back to the plain
    import if this spaCy needs its CLI while it loads (a later version might)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli, info = DeferredModule("spacy.cli"), DeferredModule("spacy.cli.info")
    cli.__path__ = []  # a package, so that ``spacy.cli.info`` is its submodule
    info.info = _deferred_info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    except Exception:
        load_real_cli()
        for module_name in [name for name in sys.modules if name == "spacy" or name.startswith("spacy.")]:
            del sys.modules[module_name]
        import spacy
        return spacy
    if "cli" not in spacy.__dict__:
        spacy.cli = cli  # ``spacy.cli.download`` finds the stand-in, which imports the real package
    return spacy

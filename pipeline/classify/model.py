"""A trained model on disk: saving it with its metadata, and loading it only where it fits.

A saved model is refused (``ModelMismatch``) when it was trained on another codebook, with
other code or dictionary behind its features (``feature_sha256``), with other versions of
scikit-learn or numpy, or when it refers to classes or functions this code no longer has
(a pickle written before they moved).  The checks read the metadata and scan the pickle
without unpickling it: a build with nothing to classify should not pay for loading it.
"""
from __future__ import annotations

import ast
from functools import lru_cache
import hashlib
import importlib.util
import json
from pathlib import Path
import pickle
import pickletools

from pipeline.classify.codebook import Codebook, default_codebook_path
from pipeline.core import pickled
from pipeline.core.fsutil import write_bytes
from pipeline.core.paths import default_model
from pipeline.nlp.segment import domain_dictionary_path

PACKAGE = Path(__file__).resolve().parents[1]  # pipeline/


class ModelMismatch(Exception):
    """A saved model that must not be used with this codebook, this code or these libraries."""


class NotOurs(Exception):
    """A file ``train --out`` would replace (the model or the metadata beside it) that no ``policykb train``
    wrote: the user's, kept as it is."""


def feature_sources() -> list[Path]:
    """The files whose change changes a model's features: the segmentation dictionary and code,
    and every module of this package (codebook and cue rules, features, estimators)."""
    return [Path(domain_dictionary_path()), *sorted((PACKAGE / "nlp").glob("*.py")),
            *sorted((PACKAGE / "classify").glob("*.py"))]


def feature_sha256(codebook: Codebook) -> str:
    """What changes a model's features: codebook, segmentation dictionary and code, classification code."""
    h = hashlib.sha256(codebook.sha256.encode())
    for p in feature_sources():
        h.update(p.read_bytes())
    return h.hexdigest()


def versions() -> dict[str, str]:
    import platform

    import jieba
    import numpy as np
    import sklearn

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "jieba": jieba.__version__,
            "numpy": np.__version__}


def save_model(model, path: str | Path, meta: dict) -> None:
    """The model as it predicts, pickled, and beside it (``.json``) its metadata; each written
    durably.  A model that has a ``predictor`` (``RichClassifier``) is saved as that: the same
    scores, and loading it imports no scikit-learn.  NotOurs, nothing written, where either file is
    the user's (``check_out`` first, before hours of training, is the caller's)."""
    path = Path(path)
    check_out(path)
    write_bytes(path, pickle.dumps(model.predictor() if hasattr(model, "predictor") else model))
    write_bytes(path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"))


def check_out(path: str | Path) -> None:
    """NotOurs if saving a model at ``path`` would replace a file no ``policykb train`` wrote: the model's
    own path or the ``.json`` beside it (which the user never named).  A missing or empty file is free."""
    path = Path(path)
    if path.suffix == ".json":  # (the model and its metadata would be one file, the pickle overwritten)
        raise NotOurs(f"{path}: a model's file cannot end in .json, the name of the metadata written beside it: "
                      "choose another --out (models/my.pkl)")
    for p, why in ((path, not_a_model), (path.with_suffix(".json"), not_model_metadata)):
        if reason := why(p):
            raise NotOurs(f"{p} {reason}: training would replace it; choose another --out")


def not_a_model(path: Path) -> str | None:
    """Why the file at ``path`` is not a model ``policykb train`` saved, or None (also: no file, an empty one)."""
    if not path.exists() or path.is_file() and not path.stat().st_size:
        return None
    if not path.is_file():
        return "is not a file"
    data = path.read_bytes()
    if not data.startswith(b"\x80"):  # (every pickle protocol ≥ 2 opens so)
        return "is not a model saved by `policykb train` (not a pickle)"
    try:
        modules = {m.split(".")[0] for m, _ in _referred(data)}
    except Exception:  # pickletools raises ValueError, and more, on what is no pickle
        return "is not a model saved by `policykb train` (not a pickle)"
    if modules and not modules & {"pipeline", "sklearn"}:  # (a pandas frame, another program's state)
        return "is a pickle of another program, not a model saved by `policykb train`"
    return None


def not_model_metadata(path: Path) -> str | None:
    """Why the file at ``path`` is not a model's metadata ``policykb train`` wrote, or None (also: none, empty)."""
    if not path.exists() or path.is_file() and not path.stat().st_size:
        return None
    try:
        meta = json.loads(path.read_bytes())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        meta = None
    if not isinstance(meta, dict) or "codebook_sha256" not in meta:
        return "is not a model's metadata written by `policykb train`"
    return None


def load_model(path: str | Path, codebook: Codebook) -> tuple[object, dict]:
    """The saved model and its metadata, or ModelMismatch if it does not fit (see the module docstring)."""
    meta = check_model(path, codebook)
    return unpickle_model(path), meta


def unpickle_model(path: str | Path):
    """The model in ``path``; ModelMismatch if it refers to code that is gone."""
    try:
        return pickle.loads(Path(path).read_bytes())
    except (AttributeError, ImportError) as e:  # ModuleNotFoundError is an ImportError
        raise ModelMismatch(f"{path} was written by other code ({type(e).__name__}: {e}): "
                            "retrain with `make model`") from e


def check_model(path: str | Path, codebook: Codebook) -> dict:
    """The model's metadata if it fits this codebook, this code and these libraries."""
    path = Path(path)
    meta_path = path.with_suffix(".json")
    if path.suffix == ".json":  # the metadata written beside a model, named instead of it
        raise ModelMismatch(f"{path} is a model's metadata, not the model: give the model file beside it "
                            f"({path.with_suffix('.pkl').name})")
    if not path.exists():
        raise FileNotFoundError(f"{path}: no trained model (run `policykb train` or `make model`)")
    if not meta_path.exists() or not_model_metadata(meta_path):
        _refuse_not_a_model(path)  # (a file given by mistake: no advice to retrain over it; the pickle read only here)
    if not meta_path.exists():  # (copied without it: the checks below need it)
        raise ModelMismatch(f"{path}: its metadata {meta_path.name} is missing beside it (copy both files, "
                            f"or retrain with {_retrain(path, codebook)})")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelMismatch(f"{meta_path}: not a model's metadata ({e}): "
                            f"retrain with {_retrain(path, codebook)}") from e
    if not isinstance(meta, dict):
        raise ModelMismatch(f"{meta_path}: not a model's metadata: retrain with {_retrain(path, codebook)}")
    if meta.get("codebook_sha256") != codebook.sha256:
        raise ModelMismatch(f"{path} was trained on another codebook (sha256 {meta.get('codebook_sha256', '?')[:12]}, "
                            f"now {codebook.sha256[:12]} at {codebook.path}): retrain with {_retrain(path, codebook)}")
    if meta.get("feature_sha256") not in (None, feature_sha256(codebook)):
        raise ModelMismatch(f"{path} was trained with another segmentation dictionary or segmentation/classification "
                            f"code: retrain with {_retrain(path, codebook)}")
    for lib in ("scikit-learn", "numpy"):
        if meta.get("versions", {}).get(lib) != _installed(lib):
            raise ModelMismatch(f"{path} was trained with {lib} {meta.get('versions', {}).get(lib)}, "
                                f"this environment has {_installed(lib)}: retrain with {_retrain(path, codebook)}")
    try:
        gone = missing_code(path.read_bytes())
    except Exception as e:  # pickletools raises ValueError, and more, on what is no pickle
        raise ModelMismatch(f"{path} is not a model saved by `policykb train` ({type(e).__name__}): "
                            f"retrain with {_retrain(path, codebook)}") from e
    if gone:
        more = f" and {len(gone) - 2} more" if len(gone) > 2 else ""
        raise ModelMismatch(f"{path} was written by other code ({', '.join(gone[:2])}{more} no longer exist): "
                            f"retrain with {_retrain(path, codebook)}")
    return meta


def _refuse_not_a_model(path: Path) -> None:
    if why := not_a_model(path):
        raise ModelMismatch(f"{path} {why}: give --model a model file, or train one (`policykb train --out NEW.pkl`)")


def _retrain(path: Path, codebook: Codebook) -> str:
    """The command that retrains this model: `make model` only for the shipped codebook and the
    default model, which is all it trains."""
    custom = Path(codebook.path).resolve() != Path(default_codebook_path()).resolve()
    elsewhere = path.expanduser().resolve() != default_model().resolve()
    try:
        check_out(path)
        out = str(path)
    except NotOurs:  # (the metadata's name holds the user's file: retraining there is refused)
        out = "NEW.pkl"
    if not (custom or elsewhere or out != str(path)):
        return "`make model`"
    return "`" + " ".join(["policykb train", *(["--codebook", str(codebook.path)] if custom else []),
                           *(["--out", out] if elsewhere or out != str(path) else [])]) + "`"


def _installed(dist: str) -> str | None:
    import importlib.metadata as md

    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def missing_code(data: bytes) -> list[str]:
    """The ``pipeline`` classes and functions a pickle refers to that this code does not define.
    What a pickle refers to is read from its opcodes once and cached under ``core.pickled`` by its
    content (walking a model's opcodes cost every build ~0.2 s)."""
    return sorted(f"{m}.{n}" for m, n in _referred(data)
                  if m.split(".")[0] == "pipeline" and n.split(".")[0] not in _top_level_names(m))


def _referred(data: bytes) -> list[tuple[str, str]]:
    """``pickled_globals``, read once per content and cached under ``core.pickled``."""
    return pickled.load_or_build("model", "globals", pickled.content_key(data, Path(__file__)),
                                 lambda: sorted(pickled_globals(data)))


def pickled_globals(data: bytes) -> set[tuple[str, str]]:
    """(module, name) of every class or function a pickle refers to, read from its opcodes.

    Protocol 4+ pushes module and name as two strings (perhaps fetched from the memo) before
    STACK_GLOBAL; ``recent`` follows the stack as far as that needs: strings, else None."""
    out, memo, recent = set(), {}, []
    for op, arg, _ in pickletools.genops(data):
        if op.name == "GLOBAL":
            out.add(tuple(arg.split(" ", 1)))
        elif op.name == "STACK_GLOBAL" and len(recent) >= 2 and None not in recent[-2:]:
            out.add((recent[-2], recent[-1]))
        elif op.name == "FRAME":  # framing may fall between the two strings: not on the stack
            continue
        elif op.name == "MEMOIZE":
            memo[len(memo)] = recent[-1] if recent else None
        elif op.name in ("PUT", "BINPUT", "LONG_BINPUT"):
            memo[arg] = recent[-1] if recent else None
        elif op.name in ("GET", "BINGET", "LONG_BINGET"):
            recent.append(memo.get(arg))
        else:
            recent.append(arg if isinstance(arg, str) else None)
        del recent[:-2]
    return out


@lru_cache(maxsize=64)
def _top_level_names(module: str) -> frozenset[str]:
    """Names a module defines or imports at its top level, from its source (not imported:
    importing the estimators would import scikit-learn)."""
    try:
        spec = importlib.util.find_spec(module)
    except ImportError:
        return frozenset()
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return frozenset()
    names = set()
    for node in ast.parse(Path(spec.origin).read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return frozenset(names)

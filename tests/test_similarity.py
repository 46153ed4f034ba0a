"""The MinHash arithmetic of pipeline/store/similarity.py against the plain numpy computation it replaces."""
from __future__ import annotations

import numpy as np

from pipeline.store import similarity

_P = np.uint64((1 << 61) - 1)
_LOW = np.uint64((1 << 32) - 1)


def _by_division(x: np.ndarray) -> np.ndarray:
    return np.remainder(x, _P) & _LOW


def test_low_bits_mod_prime_is_the_remainder_at_the_edges():
    p = (1 << 61) - 1
    edges = [0, 1, 7, p - 1, p, p + 1, p + 6, p + 7, 2 * p - 1, 2 * p, 2 * p + 1, 1 << 61, (1 << 62) - 1,
             1 << 63, 7 * p, 7 * p + 6, 8 * p - 1, 8 * p, (1 << 64) - 9, (1 << 64) - 2, (1 << 64) - 1]
    edges += [k * p + d for k in range(9) for d in (-2, -1, 0, 1, 2) if 0 <= k * p + d < 1 << 64]
    x = np.array(edges, dtype=np.uint64)
    expected = _by_division(x)
    similarity._low_bits_mod_prime(x)
    assert x.tolist() == expected.tolist()


def test_low_bits_mod_prime_is_the_remainder_at_random():
    rng = np.random.default_rng(20261205)
    x = rng.integers(0, np.iinfo(np.uint64).max, size=(4000, 37), dtype=np.uint64, endpoint=True)
    expected = _by_division(x)
    similarity._low_bits_mod_prime(x)
    assert (x == expected).all()


def test_signature_is_the_min_of_the_permuted_hashes():
    sh = similarity.shingles("县委组织部组织全县新任科级干部开展为期五天的集中培训，围绕基层治理和乡村振兴设置课程")
    a, b = similarity._permutations()
    expected = _by_division(similarity._hashes(sh)[:, None] * a + b).min(axis=0)
    assert (similarity.signature(sh) == expected).all()
    assert (similarity.signature(sh, 10) == expected[:10]).all()
    assert (similarity.signature(set()) == np.full(128, (1 << 32) - 1, dtype=np.uint64)).all()


def test_band_keys_hash_each_bands_values_as_before():
    """Each band's key from the slice of the signature's bytes equals the key of the band's own array."""
    from hashlib import blake2b

    for text in ("全市抽调一百二十名年轻干部下沉乡镇锻炼一年，期满后由组织部门统一考核",
                 "开展2024年度基层党组织书记轮训，每人培训不少于56学时，覆盖率达到100%以上",
                 "某县推行村干部坐班值班制度并公开承诺事项接受群众监督评议"):
        sh = similarity.shingles(text)
        values = similarity.signature(sh, similarity.BANDS[-1][1])
        expected = [int.from_bytes(blake2b(values[s:e].tobytes(), digest_size=8).digest(), "big") >> 1
                    for s, e in similarity.BANDS]
        assert similarity.band_keys(sh) == expected

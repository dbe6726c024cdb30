"""Decodes the QR benchmark pictures with zxing-cpp (the reference decoder
of docs/benchmarks.md) and prints the same line as the Rust bench.

Usage: python3 zxing_bench.py DIR   (DIR holds NN-*.png and payload.txt,
written by `CARNET_QR_BENCH_DIR=DIR cargo bench --bench qr_decode`).
"""

import pathlib
import sys
import time

import zxingcpp
from PIL import Image


def main() -> int:
    folder = pathlib.Path(sys.argv[1])
    payload = (folder / "payload.txt").read_text()
    pictures = sorted(folder.glob("*.png"))
    if not pictures:
        print(f"no pictures in {folder}", file=sys.stderr)
        return 1
    decoded, total, misses = 0, 0.0, []
    for path in pictures:
        image = Image.open(path).convert("L")
        start = time.perf_counter()
        # Defaults are zxing-cpp's most thorough settings (try harder,
        # rotate, downscale), as in the shared reference measurement.
        results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        total += time.perf_counter() - start
        if any(r.text == payload for r in results):
            decoded += 1
        else:
            misses.append(path.stem)
    mean_ms = total * 1000 / len(pictures)
    try:
        from importlib.metadata import version as dist_version
        version = dist_version("zxing-cpp")
    except Exception:  # noqa: BLE001 - the version is only a label
        version = "?"
    print(f"qr_decode [zxing-cpp {version}]: {decoded}/{len(pictures)} decoded, "
          f"mean {mean_ms:.1f} ms per picture")
    print("  missed: " + (", ".join(misses) if misses else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

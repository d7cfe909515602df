#!/usr/bin/env python3
"""Writes a folder of published reports for measuring the checker (BENCHMARKS.md).

Usage: scripts/checker-corpus.py OUT COPIES [--same-agency] [--text-only] [SAMPLES_DIR]

Every text and HTML sample (with --text-only: every text sample) (default core/src/test/resources/samples) is copied COPIES times. Unless
--same-agency is given, copy i of a sample has its agency renamed: every occurrence of the agency's
name (as the checker reads it, `scripts/check.sh --json`) gets a prefix of CJK characters that is
distinct per copy, so that the folder looks like the reports of COPIES agencies (two reports of one
agency in consecutive years stay one series). With --same-agency the copies are byte-identical, as
if one agency's reports were saved hundreds of times.
"""
import itertools
import json
import pathlib
import subprocess
import sys

STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"


def prefixes(n):
    for width in itertools.count(2):
        for combo in itertools.product(STEMS, repeat=width):
            yield "".join(combo)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    same = "--same-agency" in argv
    out = pathlib.Path(args[0])
    copies = int(args[1])
    samples = pathlib.Path(args[2] if len(args) > 2 else "core/src/test/resources/samples")
    kinds = (".txt",) if "--text-only" in argv else (".txt", ".html")
    files = sorted(p for p in samples.iterdir() if p.suffix in kinds)
    root = pathlib.Path(__file__).resolve().parent.parent
    agencies = {}
    if not same:
        run = subprocess.run(
            [str(root / "scripts/check.sh"), "--json", *map(str, files)],
            capture_output=True, text=True)
        for line in run.stdout.splitlines():
            o = json.loads(line)
            if o.get("type") == "report" and o.get("agency"):
                agencies[pathlib.Path(o["file"]).name] = o["agency"]
    out.mkdir(parents=True, exist_ok=True)
    for f in files:
        text = f.read_text(encoding="utf-8")
        # the shortest name of the agency is renamed wherever it occurs (a longer printed form,
        # such as 淮安市洪泽区人民政府 for 洪泽区人民政府, keeps its place prefix)
        own = agencies.get(f.name)
        name = min((a for a in agencies.values() if own and a in own), key=len, default=None)
        gen = prefixes(copies)
        for i in range(1, copies + 1):
            p = next(gen)
            body = text if same or not name else text.replace(name, p + name)
            (out / f"{f.stem}-{i:05d}{f.suffix}").write_text(body, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])

"""The command line: ``arnews parse FILE`` prints the parse as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .article import parse

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    ap = argparse.ArgumentParser(prog="arnews", description="Read Arabic news.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse an article, JSON out")
    p.add_argument("file", nargs="?", default="-")
    p.add_argument("--published")
    args = ap.parse_args(argv)
    text = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()
    print(json.dumps(parse(text, args.published).to_dict(), ensure_ascii=False, indent=2))
    return 0

#!/usr/bin/env python3
"""Writes a pseudo-translation of Qt Linguist files: every text accented and
about 40 % longer, in brackets, so that a screenshot shows at once a text
left untranslated (no accents), one cut off (no closing bracket) or a layout
that does not grow with its words. Placeholders (%1, %n, %L1), markup,
entities and keyboard accelerators are kept as they are.

    pseudo-translate.py OUT_DIR FILE.ts...   (writes OUT_DIR/<name>_pseudo.ts)
"""
import math
import os
import re
import sys
import xml.etree.ElementTree as ET

ACCENTED = str.maketrans(
    "aceinouyACEINOUYsSzZgG",
    "àçéîñöüýÀÇÉÎÑÖÜÝšŠžŽğĞ")
# Pieces kept as they are: markup, entities, placeholders, line breaks.
KEPT = re.compile(r"(<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?\d+|%L?n|\\n|\n)")


def pseudo(text):
    if not text:
        return text
    pieces = KEPT.split(text)
    visible = sum(len(p) for p in pieces[0::2])
    out = "".join(p.translate(ACCENTED) if i % 2 == 0 else p for i, p in enumerate(pieces))
    # Brackets plus padding: the visible text becomes 40 % longer.
    padding = max(0, math.ceil(visible * 0.4) - 2)
    return "[" + out + "·" * padding + "]"


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for path in sys.argv[2:]:
        tree = ET.parse(path)
        root = tree.getroot()
        root.set("language", "en")
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = pseudo(source)
            else:
                translation.text = pseudo(source)
        name = os.path.basename(path).rsplit("_", 1)[0]
        tree.write(os.path.join(out_dir, name + "_pseudo.ts"), encoding="utf-8",
                   xml_declaration=True)


if __name__ == "__main__":
    main()

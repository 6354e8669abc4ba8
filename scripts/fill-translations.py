#!/usr/bin/env python3
"""Fill unfinished messages of a Qt Linguist .ts file from a JSON object {source: translation}.

Usage: scripts/fill-translations.py translations/kolokasi_id.ts < pairs.json
       scripts/fill-translations.py --missing translations/kolokasi_id.ts   (list what is untranslated)
Run the update_translations build target first so the .ts file holds every source string.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    args = sys.argv[1:]
    list_missing = args and args[0] == "--missing"
    path = args[-1]
    tree = ET.parse(path)
    pairs = {} if list_missing else json.load(sys.stdin)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        done = translation is not None and translation.get("type") is None and (translation.text or "")
        if source in pairs:
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
        elif not done:
            missing.append(source)
    if list_missing:
        json.dump({m: "" for m in missing}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    if missing:
        print(f"{len(missing)} message(s) still untranslated", file=sys.stderr)


if __name__ == "__main__":
    main()

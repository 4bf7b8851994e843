#!/usr/bin/env python3
"""Refreshes resources/translations/*.ts from the viewer's sources, keeping existing translations.

lupdate (Qt 6.4) names the context of a class declared in `namespace yeonpyo::gui {` without
its namespace, while Qt looks translations up under the class's full name; this script runs
lupdate and qualifies those contexts, so that the Korean texts are found at run time.
Usage: scripts/update-translations.py   (then translate the entries marked unfinished)
"""
import pathlib, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
LUPDATE = "/usr/lib/qt6/bin/lupdate"
NAMESPACE = "yeonpyo::gui"

def gui_classes():
    names = set()
    for header in (ROOT / "app" / "gui").glob("*.h"):
        names.update(re.findall(r"^class (\w+) : public Q\w+", header.read_text(), re.M))
    return names

def translations(tree):
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
            found.setdefault((None, message.findtext("source")), message.find("translation"))
    return found

def refresh(ts_path):
    old = translations(ET.parse(ts_path))
    with tempfile.TemporaryDirectory() as scratch:
        fresh_path = pathlib.Path(scratch) / ts_path.name
        subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", ts_path.stem.split("_")[-1], str(ROOT / "app" / "gui"),
                        "-ts", str(fresh_path)], check=True)
        tree = ET.parse(fresh_path)
    classes = gui_classes()
    for context in tree.getroot().iter("context"):
        name_element = context.find("name")
        if name_element.text in classes:
            name_element.text = f"{NAMESPACE}::{name_element.text}"
        for message in context.iter("message"):
            previous = old.get((name_element.text, message.findtext("source"))) or old.get((None, message.findtext("source")))
            if previous is not None and previous.get("type") != "unfinished":
                message.remove(message.find("translation"))
                message.append(previous)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    unfinished = sum(1 for t in tree.getroot().iter("translation") if t.get("type") == "unfinished")
    print(f"{ts_path.relative_to(ROOT)}: {unfinished} text(s) to translate")

for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
    refresh(ts)
sys.exit(0)

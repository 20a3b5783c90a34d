#!/usr/bin/env python3
"""Writes a headless bundle's MANIFEST.MF: our bundles by Require-Bundle, third-party packages by Import-Package
(computed from the sources' import statements), exports as given or all packages ("auto").

Usage: write-manifest.py BUNDLE "Name" "requires,..." auto|"export1,export2;x-internal:=true,..." [extra imports]
"""
import re
import sys
from pathlib import Path

bundle, name, requires, exports = sys.argv[1:5]
extra = [e for e in (sys.argv[5].split(",") if len(sys.argv) > 5 else []) if e]
root = Path(__file__).resolve().parents[2]
sources = [root / "bundles" / bundle / d for d in ("src/main/java", "src/gen/java")]
IMPORT = re.compile(r"^import (?:static )?([a-z][A-Za-z0-9_.]*?)\.[A-Z*]", re.M)
OWN = ("java.", "org.vre.", "org.eclipse.emf.")  # the JDK (boot delegation), ours and EMF come by Require-Bundle
imports = {m for src in sources if src.is_dir() for f in src.rglob("*.java")
           for m in IMPORT.findall(f.read_text(errors="replace")) if not m.startswith(OWN)}
# Tycho's compiler checks test sources against the manifest too: packages only the tests use are imported
# optionally (never needed at run time). JUnit comes from the POM's test scope.
test_sources = [root / "bundles" / bundle / "src/test/java"]
test_only = {m for src in test_sources if src.is_dir() for f in src.rglob("*.java")
             for m in IMPORT.findall(f.read_text(errors="replace"))
             if not m.startswith(OWN + ("org.junit", "org.opentest4j"))} - imports
imports = sorted(set(imports) | set(extra) | {p + ";resolution:=optional" for p in test_only})
lines = [
    "Manifest-Version: 1.0",
    "Bundle-ManifestVersion: 2",
    f"Bundle-Name: {name}",
    f"Bundle-SymbolicName: {bundle}",
    "Bundle-Version: 0.1.0.qualifier",
    "Bundle-Vendor: VRE Workbench",
    "Bundle-RequiredExecutionEnvironment: JavaSE-17",
    f"Automatic-Module-Name: {bundle}",
]
def header(key, values):
    if values:
        lines.append(f"{key}: " + ",\n ".join(values))
header("Require-Bundle", [r for r in requires.split(",") if r])
header("Import-Package", imports)
if exports == "auto":  # every package; internal ones marked x-internal
    packages = sorted({str(f.parent.relative_to(src)).replace("/", ".")
                       for src in [root / "bundles" / bundle / "src/main/java", root / "bundles" / bundle / "src/gen/java"]
                       if src.is_dir() for f in src.rglob("*.java")})
    exports = ",".join(p + (";x-internal:=true" if ".internal" in p or p.endswith(".wire") else "") for p in packages)
header("Export-Package", [e if ";version" in e else (e.replace(";", ';version="0.1.0";', 1) if ";" in e else f'{e};version="0.1.0"')
                          for e in exports.split(",") if e])
(root / "bundles" / bundle / "META-INF").mkdir(exist_ok=True)
(root / "bundles" / bundle / "META-INF/MANIFEST.MF").write_text("\n".join(lines) + "\n")
print("\n".join(lines))

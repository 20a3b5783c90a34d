#!/usr/bin/env python3
"""Prints the newest version of an Eclipse artifact on Maven Central built on or before a date.

Usage: version_at.py GROUP ARTIFACT YYYYMMDD

Eclipse bundles carry their build date in the Bundle-Version qualifier (3.22.400.v20241107-1234).
Reading it from the first bytes of each jar (the manifest is the first entry) picks the bundle set
of one platform release without downloading whole jars.
"""
import re
import struct
import sys
import urllib.request
import zlib

CENTRAL = "https://repo.maven.apache.org/maven2"


def versions(group, artifact):
    url = f"{CENTRAL}/{group.replace('.', '/')}/{artifact}/maven-metadata.xml"
    text = urllib.request.urlopen(url, timeout=30).read().decode()
    found = re.findall(r"<version>([^<]+)</version>", text)
    return sorted(found, key=lambda v: [int(x) if x.isdigit() else 0 for x in re.split(r"[.-]", v)], reverse=True)


def manifest_of(group, artifact, version):
    url = f"{CENTRAL}/{group.replace('.', '/')}/{artifact}/{version}/{artifact}-{version}.jar"
    request = urllib.request.Request(url, headers={"Range": "bytes=0-65535"})
    data = urllib.request.urlopen(request, timeout=30).read()
    offset = 0
    while offset + 30 <= len(data) and data[offset:offset + 4] == b"PK\x03\x04":
        method, _, _, _, size, _, name_len, extra_len = struct.unpack("<HHHIIIHH", data[offset + 8:offset + 30])
        name = data[offset + 30:offset + 30 + name_len].decode(errors="replace")
        start = offset + 30 + name_len + extra_len
        if name == "META-INF/MANIFEST.MF":
            body = data[start:]
            return zlib.decompressobj(-15).decompress(body).decode(errors="replace") if method == 8 else body.decode(errors="replace")
        if size == 0:
            return None  # data descriptor in use: size unknown here
        offset = start + size
    return None


def build_date(manifest):
    match = re.search(r"Bundle-Version: *\S+?\.v?(\d{8})", manifest or "")
    return match.group(1) if match else None


def main():
    group, artifact, cutoff = sys.argv[1:4]
    for version in versions(group, artifact):
        date = build_date(manifest_of(group, artifact, version))
        if date and date <= cutoff:
            print(version)
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes Dictionaries/characters/common.txt: level 1 (serial numbers 1-3500) of the 通用规范汉字表 (2013), read
from the kTGH field of a Unihan_OtherMappings.txt (Unicode Han Database), with the data file's header."""
import hashlib
import sys

raw = open(sys.argv[1], "rb").read()
rows = []
for line in raw.decode("utf-8").split("\n"):
    parts = line.split("\t")
    if len(parts) == 3 and parts[1] == "kTGH":
        for value in parts[2].split():
            year, number = value.split(":")
            if year == "2013":
                rows.append((int(number), chr(int(parts[0][2:], 16))))
rows.sort()
level1 = [c for n, c in rows if n <= 3500]
if [n for n, _ in rows[:3500]] != list(range(1, 3501)) or len(set(level1)) != 3500:
    sys.exit("kTGH does not give serial numbers 1-3500 once each")
version = next((l.split("Version", 1)[1].strip() for l in raw.decode("utf-8").split("\n")[:10] if l.startswith("# Unicode Version")), "?")
print("# 《通用规范汉字表》(2013) level 1: the 3,500 common characters (一级字表, serial numbers 1-3500), in table order.")
print(f"# source: Unicode Han Database (Unihan) {version}, Unihan_OtherMappings.txt, field kTGH")
print('#   ("2013:NNNN" = serial number in the table); characters with NNNN <= 3500.')
print(f"#   input sha256 {hashlib.sha256(raw).hexdigest()}")
print("# name: tongyong-guifan-level1")
print(f"# version: 2013 (Unihan {version})")
for i in range(0, 3500, 50):
    print("".join(level1[i:i + 50]))

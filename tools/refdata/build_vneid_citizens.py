#!/usr/bin/env python3
"""Generates the bundled VNeID-style provider's synthetic citizens (deterministic).

    python3 tools/refdata/build_vneid_citizens.py > src/LienThong.VNeID/Data/citizens.csv

Every citizen is born in Quảng Nam (prefix 049), with a number whose century/sex digit matches the
birth date and sex, and a permanent address in a commune of Quảng Nam as of 2023 (read from the
Registry's own units.csv). The people are invented; any resemblance is chance.
"""
import csv, random, sys
from datetime import date, timedelta

rnd = random.Random(49)
units = list(csv.DictReader(open("src/Modules/Registry/LienThong.Registry/Data/units.csv", encoding="utf-8")))
districts = {u["code"] for u in units if u["parent_code"] == "49" and u["valid_from"] == ""}
communes = sorted(u["code"] for u in units if u["parent_code"] in districts and u["valid_from"] == "")

family = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Trương"]
male_mid, female_mid = ["Văn", "Hữu", "Minh", "Đức", "Quốc", "Thanh"], ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim"]
male = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Nam", "Phong", "Quang", "Sơn", "Tài", "Thắng", "Trung", "Vinh"]
female = ["Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Oanh", "Phương", "Thảo", "Trang", "Vy"]

fixed = [  # documented in the README
    ("049085001234", "Nguyễn Văn An", date(1985, 3, 12), "male", "20335", 2),
    ("049190005678", "Trần Thị Bình", date(1990, 8, 25), "female", "20386", 1),
]
rows, seen = list(fixed), {r[0] for r in fixed}
while len(rows) < 60:
    sex = rnd.choice(["male", "female"])
    born = date(1950, 1, 1) + timedelta(days=rnd.randrange(0, (date(2006, 12, 31) - date(1950, 1, 1)).days))
    digit = (0 if born.year < 2000 else 2) + (1 if sex == "female" else 0)
    pid = f"049{digit}{born.year % 100:02d}{rnd.randrange(0, 10**6):06d}"
    if pid in seen:
        continue
    seen.add(pid)
    name = f"{rnd.choice(family)} {rnd.choice(male_mid if sex == 'male' else female_mid)} {rnd.choice(male if sex == 'male' else female)}"
    rows.append((pid, name, born, sex, rnd.choice(communes), 2 if rnd.random() < 0.65 else 1))

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["pid", "full_name", "birth_date", "sex", "address_unit", "level"])
for pid, name, born, sex, unit, level in rows:
    w.writerow([pid, name, born.isoformat(), sex, unit, level])

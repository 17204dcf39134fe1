#!/usr/bin/env python3
"""Builds the Registry module's seed data from the reference fact files.

Run by a developer when the reference facts change; never at run or test time:
    python3 tools/refdata/build_registry_data.py ../shared/reference/admin-units src/Modules/Registry/Data

Inputs are the statistics office snapshots (10/04/2023, 01/01/2025, 01/07/2025) and the succession
lists. Output is the project's own format (see src/Modules/Registry/README.md):
  units.csv, unit-successions.csv, agencies.csv, agency-successions.csv
"""
import csv, sys, unicodedata
from datetime import date, timedelta

src, out = sys.argv[1], sys.argv[2]
D1, D2 = "2025-01-01", "2025-07-01"
SOURCE = {
    "2023": "Danh mục ĐVHC (Cục Thống kê, QĐ 124/2004/QĐ-TTg), bản 10/04/2023",
    D1: "Danh mục ĐVHC (Cục Thống kê), bản 01/01/2025; Nghị quyết 1241/NQ-UBTVQH15, 1251/NQ-UBTVQH15",
    D2: "Nghị quyết 1659/NQ-UBTVQH15; Công văn 1027/CTK-CSCL (mã số); Nghị quyết 202/2025/QH15",
}

def nfc(s): return unicodedata.normalize("NFC", s.strip())
def read(name): 
    with open(f"{src}/{name}", encoding="utf-8") as f:
        return [{k: nfc(v or "") for k, v in r.items()} for r in csv.DictReader(f)]

snap = [("2023", read("units-2023-04-10.csv")), (D1, read("units-2025-01-01.csv")), (D2, read("units-2025-07-01.csv"))]
key = lambda r: (r["name"], r["type"], r["level"], r["parent_code"])

versions = []      # dicts with valid_from / valid_to
current = {}       # code -> open version
def open_version(r, since, confirmed="yes", note=""):
    v = dict(code=r["code"], name=r["name"], type=r["type"], level=r["level"], parent_code=r["parent_code"],
             valid_from="" if since == "2023" else since, valid_to="", confirmed=confirmed,
             source=SOURCE[since], note=note)
    versions.append(v); current[r["code"]] = v

for r in snap[0][1]: open_version(r, "2023")
for since, rows in snap[1:]:
    seen = {r["code"]: r for r in rows}
    for code, v in list(current.items()):
        r = seen.get(code)
        # From 1/7/2025 the district level ends and every commune-level unit of 48/49 is re-arranged
        # (Nghị quyết 1659/NQ-UBTVQH15), so every unit of the old set closes unless it is unchanged.
        if r is None or key(r) != (v["name"], v["type"], v["level"], v["parent_code"]):
            v["valid_to"] = since; del current[code]
    for r in rows:
        if r["code"] not in current:
            unconfirmed = r["code"] == "20674" and since == D1
            open_version(r, since, "no" if unconfirmed else "yes",
                         "Có trong danh mục 01/01/2025 nhưng không có trong Nghị quyết 1241 hay 1659; nhiều khả năng là lỗi danh mục (tổng chính thức: 233 xã)" if unconfirmed else "")

def valid_on(code, day):
    for v in versions:
        if v["code"] == code and (v["valid_from"] <= day) and (v["valid_to"] == "" or day < v["valid_to"]):
            return v
    return None

def day_before(d): return (date.fromisoformat(d) - timedelta(days=1)).isoformat()

# Successions, kept only where they say something: a "self" row whose unit continues unchanged
# (same version before and after) only restates continuity.
unconfirmed_d1 = {("20236","20236"),("20239","20236"),("20242","20242"),("20248","20242"),("20251","20242"),
                  ("20254","20254"),("20246","20254"),("20278","20278"),("20281","20278")}
succ = []
for fname, has_confirmed in (("successions-2025-01-01.csv", False), ("successions-2025-07-01.csv", True)):
    for r in read(fname):
        old = valid_on(r["old_code"], day_before(r["effective_date"]))
        assert old, r
        new = valid_on(r["new_code"], r["effective_date"]) if r["new_code"] else None
        assert new or r["kind"] == "abolished", r
        if new is old: continue
        confirmed = r["confirmed"] if has_confirmed else ("no" if (r["old_code"], r["new_code"]) in unconfirmed_d1 else "yes")
        succ.append(dict(old_code=r["old_code"], new_code=r["new_code"], kind=r["kind"], effective_date=r["effective_date"],
                         legal_basis=r["legal_basis"], confirmed=confirmed))

# Agencies ------------------------------------------------------------------------------------------
LEVEL = {"1": "province", "2": "district", "3": "commune"}
agencies, asucc = [], []
def agency(eid, name, abbr, level, parent, unit, vf="", vt="", synthetic="yes", note=""):
    agencies.append(dict(electronic_id=eid, name=name, abbreviation=abbr, level=level, parent_electronic_id=parent,
                         unit_code=unit, valid_from=vf, valid_to=vt, synthetic=synthetic, note=note))
QN_END_NOTE = "Chấm dứt khi hợp nhất tỉnh Quảng Nam vào thành phố Đà Nẵng (Nghị quyết 202/2025/QH15); cơ quan kế thừa chưa nạp"
# Central agencies: codes from Decision 09/2025/QĐ-TTg (confirmed in the reference).
agency("000.00.00.G22", "Văn phòng Chính phủ", "VPCP", "central", "", "", synthetic="no")
agency("000.00.00.G01", "Bộ Công an", "BCA", "central", "", "", synthetic="no")
agency("000.00.00.G12", "Bộ Tài chính", "BTC", "central", "", "", synthetic="no")
# Province: H47 is Quảng Nam's level-1 code (reference: partly confirmed); closed on 1/7/2025 (Decision 09/2025 merger rule).
agency("000.00.00.H47", "Ủy ban nhân dân tỉnh Quảng Nam", "UBND", "province", "", "49", vt=D2, synthetic="no")
agency("000.00.00.H15", "Ủy ban nhân dân thành phố Đà Nẵng", "UBND", "province", "", "48",
       note="Mã H15 suy theo thứ tự bảng chữ cái, chưa xác nhận")
asucc.append(dict(old_electronic_id="000.00.00.H47", new_electronic_id="000.00.00.H15", kind="full", effective_date=D2,
                  legal_basis="Nghị quyết 202/2025/QH15", confirmed="yes"))
depts = [("000.00.01.H47", "Sở Thông tin và Truyền thông tỉnh Quảng Nam", "STTTT"),
         ("000.00.02.H47", "Sở Tài nguyên và Môi trường tỉnh Quảng Nam", "STNMT"),
         ("000.00.03.H47", "Sở Tư pháp tỉnh Quảng Nam", "STP"),
         ("000.00.04.H47", "Sở Kế hoạch và Đầu tư tỉnh Quảng Nam", "SKHĐT"),
         ("000.00.05.H47", "Sở Tài chính tỉnh Quảng Nam", "STC"),
         ("000.00.06.H47", "Văn phòng Ủy ban nhân dân tỉnh Quảng Nam", "VP")]
for eid, name, abbr in depts:
    agency(eid, name, abbr, "province", "000.00.00.H47", "49", vt=D2, note=QN_END_NOTE)
agency("000.01.02.H47", "Văn phòng Đăng ký đất đai tỉnh Quảng Nam", "VPĐKĐĐ", "province", "000.00.02.H47", "49", vt=D2, note=QN_END_NOTE)
agency("000.47.01.G12", "Cục Thuế tỉnh Quảng Nam", "CT", "province", "000.00.00.G12", "49", vt=D2, note=QN_END_NOTE)
agency("000.47.01.G01", "Công an tỉnh Quảng Nam", "CAT", "province", "000.00.00.G01", "49", vt=D2, note=QN_END_NOTE)

# People's Committees of every district- and commune-level unit version of Quảng Nam. e-IDs are
# synthetic but stable: a district's index is fixed by its code, a commune's by its code among every
# commune that ever belonged to that district, so an unchanged unit keeps its e-ID across versions.
qn = [v for v in versions if v["valid_from"] < D2 and (v["code"] == "49" or v["parent_code"] == "49" or
      any(p["code"] == v["parent_code"] and p["parent_code"] == "49" for p in versions))]
districts = sorted({v["code"] for v in qn if v["level"] == "2"})
dindex = {c: 31 + i for i, c in enumerate(districts)}
cindex = {}
for d in districts:
    for i, c in enumerate(sorted({v["code"] for v in qn if v["level"] == "3" and v["parent_code"] == d})):
        cindex[(d, c)] = i + 1
def pc_eid(v):
    if v["level"] == "2": return f"000.00.{dindex[v['code']]:02d}.H47"
    return f"000.{cindex[(v['parent_code'], v['code'])]:02d}.{dindex[v['parent_code']]:02d}.H47"
eid_of = {}
for v in qn:
    if v["level"] == "1": continue
    eid = pc_eid(v); eid_of[id(v)] = eid
    parent = "000.00.00.H47" if v["level"] == "2" else f"000.00.{dindex[v['parent_code']]:02d}.H47"
    agency(eid, "Ủy ban nhân dân " + v["name"][0].lower() + v["name"][1:], "UBND", LEVEL[v["level"]], parent, v["code"],
           v["valid_from"], v["valid_to"], note=QN_END_NOTE if v["valid_to"] == D2 else "")
for s in succ:
    if s["effective_date"] != D1 or not s["new_code"]: continue
    old = valid_on(s["old_code"], day_before(D1)); new = valid_on(s["new_code"], D1)
    if id(old) in eid_of and id(new) in eid_of:
        asucc.append(dict(old_electronic_id=eid_of[id(old)], new_electronic_id=eid_of[id(new)], kind=s["kind"],
                          effective_date=D1, legal_basis=s["legal_basis"], confirmed=s["confirmed"]))

# The successors on 1/7/2025 (ADR 0004), all with synthetic e-IDs: the People's Committee of each commune-level unit of
# the new Đà Nẵng, succeeding the committees of the communes that went into it (full or partial, as the unit successions
# say); and the city's departments that took over the ones the seeded procedures need (names and successions after the
# national pattern of 2025, not confirmed against the city's founding decisions). Districts have no successor.
SUCCESSOR_NOTE = "Chấm dứt khi hợp nhất tỉnh Quảng Nam vào thành phố Đà Nẵng (Nghị quyết 202/2025/QH15); kế thừa: agency-successions.csv"
COMMUNE_NOTE = "Mã định danh giả lập (chưa có mã chính thức theo Quyết định 20/2020/QĐ-TTg); đơn vị theo Nghị quyết 1659/NQ-UBTVQH15"
DEPT_NOTE = "Mã định danh giả lập; cơ quan của thành phố Đà Nẵng sau hợp nhất (Nghị quyết 202/2025/QH15), tên và việc kế thừa chưa đối chiếu quyết định thành lập"
successors = [
    ("000.00.01.H15", "Sở Khoa học và Công nghệ thành phố Đà Nẵng", "SKHCN", "000.00.00.H15", ["000.00.01.H47"]),
    ("000.00.02.H15", "Sở Nông nghiệp và Môi trường thành phố Đà Nẵng", "SNNMT", "000.00.00.H15", ["000.00.02.H47"]),
    ("000.00.03.H15", "Sở Tư pháp thành phố Đà Nẵng", "STP", "000.00.00.H15", ["000.00.03.H47"]),
    ("000.00.05.H15", "Sở Tài chính thành phố Đà Nẵng", "STC", "000.00.00.H15", ["000.00.04.H47", "000.00.05.H47"]),
    ("000.00.06.H15", "Văn phòng Ủy ban nhân dân thành phố Đà Nẵng", "VP", "000.00.00.H15", ["000.00.06.H47"]),
    ("000.01.02.H15", "Văn phòng Đăng ký đất đai thành phố Đà Nẵng", "VPĐKĐĐ", "000.00.02.H15", ["000.01.02.H47"]),
    ("000.48.01.G12", "Thuế thành phố Đà Nẵng", "TTP", "000.00.00.G12", ["000.47.01.G12"]),
    ("000.48.01.G01", "Công an thành phố Đà Nẵng", "CATP", "000.00.00.G01", ["000.47.01.G01"]),
]
dept_succ = []
for eid, name, abbr, parent, olds in successors:
    agency(eid, name, abbr, "province", parent, "48", vf=D2, note=DEPT_NOTE)
    dept_succ += [dict(old_electronic_id=o, new_electronic_id=eid, kind="full", effective_date=D2, legal_basis="Nghị quyết 202/2025/QH15",
                       confirmed="no") for o in olds]
TYPE = {"Phường": "phường", "Xã": "xã", "Đặc khu": "đặc khu"}
new_communes = sorted((v for v in versions if v["valid_from"] == D2 and v["level"] == "3"), key=lambda v: int(v["code"]))
committee_of = {}
for i, v in enumerate(new_communes, 1):
    kind = next(t for t in TYPE if v["name"].startswith(t + " "))
    committee_of[v["code"]] = f"000.{i:02d}.99.H15"
    agency(committee_of[v["code"]], f"Ủy ban nhân dân {TYPE[kind]} {v['name'][len(kind) + 1:]}", "UBND", "commune", "000.00.00.H15", v["code"],
           vf=D2, note=COMMUNE_NOTE)
old_committee = {a["unit_code"]: a["electronic_id"] for a in agencies if a["level"] == "commune" and a["valid_to"] == D2}
for s in succ:
    if s["effective_date"] == D2 and s["kind"] in ("full", "partial") and s["old_code"] in old_committee and s["new_code"] in committee_of:
        asucc.append(dict(old_electronic_id=old_committee[s["old_code"]], new_electronic_id=committee_of[s["new_code"]], kind=s["kind"],
                          effective_date=D2, legal_basis="Nghị quyết 1659/NQ-UBTVQH15; Nghị quyết 202/2025/QH15", confirmed="yes"))
asucc += dept_succ
succeeded = {a["old_electronic_id"] for a in asucc}
for a in agencies:
    if a["note"] == QN_END_NOTE and a["electronic_id"] in succeeded:
        a["note"] = SUCCESSOR_NOTE

def write(name, rows):
    with open(f"{out}/{name}", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader(); w.writerows(rows)
write("units.csv", versions); write("unit-successions.csv", succ)
write("agencies.csv", agencies); write("agency-successions.csv", asucc)
print(f"{len(versions)} unit versions, {len(succ)} successions, {len(agencies)} agencies, {len(asucc)} agency successions")

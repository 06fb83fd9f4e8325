"""Build ``src/telex/data/cameo.tsv`` from the public code tables in ``../shared/data/ontology``.

Run from the repository root: ``python scripts/build_cameo_table.py [ONTOLOGY_DIR]``. The runtime reads only
the generated table; the ontology folder is needed at build time alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ONTOLOGY = ROOT.parent / "shared" / "data" / "ontology"
OUTPUT = ROOT / "src" / "telex" / "data" / "cameo.tsv"

# Short labels of the CAMEO 1.1b3 three-digit codes; four-digit codes inherit their parent's label.
NAMES = {
    "010": "make statement",
    "011": "decline comment",
    "012": "make pessimistic comment",
    "013": "make optimistic comment",
    "014": "consider policy option",
    "015": "acknowledge or claim responsibility",
    "016": "deny responsibility",
    "017": "engage in symbolic act",
    "018": "make empathetic comment",
    "020": "make an appeal or request",
    "021": "appeal for material cooperation",
    "022": "appeal for diplomatic cooperation",
    "023": "appeal for aid",
    "024": "appeal for political reform",
    "025": "appeal to yield",
    "026": "appeal to others to meet or negotiate",
    "027": "appeal to others to settle dispute",
    "028": "appeal to engage in or accept mediation",
    "030": "express intent to cooperate",
    "031": "express intent to engage in material cooperation",
    "032": "express intent to provide diplomatic cooperation",
    "033": "express intent to provide material aid",
    "034": "express intent to institute political reform",
    "035": "express intent to yield",
    "036": "express intent to meet or negotiate",
    "037": "express intent to settle dispute",
    "038": "express intent to accept mediation",
    "039": "express intent to mediate",
    "040": "consult",
    "041": "discuss by telephone",
    "042": "make a visit",
    "043": "host a visit",
    "044": "meet at a third location",
    "045": "mediate",
    "046": "engage in negotiation",
    "050": "engage in diplomatic cooperation",
    "051": "praise or endorse",
    "052": "defend verbally",
    "053": "rally support on behalf of",
    "054": "grant diplomatic recognition",
    "055": "apologize",
    "056": "forgive",
    "057": "sign formal agreement",
    "060": "engage in material cooperation",
    "061": "cooperate economically",
    "062": "cooperate militarily",
    "063": "engage in judicial cooperation",
    "064": "share intelligence or information",
    "070": "provide aid",
    "071": "provide economic aid",
    "072": "provide military aid",
    "073": "provide humanitarian aid",
    "074": "provide military protection or peacekeeping",
    "075": "grant asylum",
    "080": "yield",
    "081": "ease administrative sanctions",
    "082": "ease political dissent",
    "083": "accede to requests or demands for political reform",
    "084": "return or release",
    "085": "ease economic sanctions, boycott, embargo",
    "086": "allow international involvement",
    "087": "de-escalate military engagement",
    "090": "investigate",
    "091": "investigate crime, corruption",
    "092": "investigate human rights abuses",
    "093": "investigate military action",
    "094": "investigate war crimes",
    "100": "demand",
    "101": "demand material cooperation",
    "102": "demand diplomatic cooperation",
    "103": "demand material aid",
    "104": "demand political reform",
    "105": "demand that target yield",
    "106": "demand meeting, negotiation",
    "107": "demand settling of dispute",
    "108": "demand mediation",
    "109": "demand change in leadership",
    "110": "disapprove",
    "111": "criticize or denounce",
    "112": "accuse",
    "113": "rally opposition against",
    "114": "complain officially",
    "115": "bring lawsuit against",
    "116": "find guilty or liable",
    "120": "reject",
    "121": "reject material cooperation",
    "122": "reject request for material aid",
    "123": "reject request for political reform",
    "124": "refuse to yield",
    "125": "reject proposal to meet",
    "126": "reject mediation",
    "127": "reject plan, agreement to settle dispute",
    "128": "defy norms, law",
    "129": "veto",
    "130": "threaten",
    "131": "threaten non-force",
    "132": "threaten with administrative sanctions",
    "133": "threaten political dissent",
    "134": "threaten to halt negotiations",
    "135": "threaten to halt mediation",
    "136": "threaten to halt international involvement",
    "137": "threaten with repression",
    "138": "threaten to use military force",
    "139": "give ultimatum",
    "140": "engage in political dissent",
    "141": "demonstrate or rally",
    "142": "conduct hunger strike",
    "143": "conduct strike or boycott",
    "144": "obstruct passage, block",
    "145": "protest violently, riot",
    "150": "exhibit force posture",
    "151": "increase police alert status",
    "152": "increase military alert status",
    "153": "mobilize or increase police power",
    "154": "mobilize or increase armed forces",
    "160": "reduce relations",
    "161": "reduce or break diplomatic relations",
    "162": "reduce or stop material aid",
    "163": "impose embargo, boycott, or sanctions",
    "164": "halt negotiations",
    "165": "halt mediation",
    "166": "expel or withdraw",
    "170": "coerce",
    "171": "seize or damage property",
    "172": "impose administrative sanctions",
    "173": "arrest, detain, or charge with legal action",
    "174": "expel or deport individuals",
    "175": "use tactics of violent repression",
    "180": "use unconventional violence",
    "181": "abduct, hijack, or take hostage",
    "182": "physically assault",
    "183": "conduct suicide, car, or other non-military bombing",
    "184": "use as human shield",
    "185": "attempt to assassinate",
    "186": "assassinate",
    "190": "use conventional military force",
    "191": "impose blockade, restrict movement",
    "192": "occupy territory",
    "193": "fight with small arms and light weapons",
    "194": "fight with artillery and tanks",
    "195": "employ aerial weapons",
    "196": "violate ceasefire",
    "200": "use unconventional mass violence",
    "201": "engage in mass expulsion",
    "202": "engage in mass killings",
    "203": "engage in ethnic cleansing",
    "204": "use weapons of mass destruction",
}


# Where the PLOVER codebook and its gold records type a CAMEO code differently from CAMEO2PLOVER 2021, or where
# that table has no type: appeals (02) are requests; imposing sanctions is SANCTION; kidnapping and holding
# hostages are coercion (mode "detain"); occupying territory is fighting (PLOVER 0.5 FIGHT, now ASSAULT).
OVERRIDES = {
    "02": ("REQUEST", ""),
    "163": ("SANCTION", "restrict"),
    "181": ("COERCE", "detain"),
    "184": ("COERCE", "detain"),
    "192": ("ASSAULT", "occupy"),
}


def build(ontology: Path) -> list[tuple[str, str, str, str, str]]:
    """One row per CAMEO code: code, name, Goldstein score, PLOVER type and mode."""
    roots = {r["root"]: r for r in json.loads((ontology / "cameo_roots.json").read_text(encoding="utf-8"))}
    goldstein: dict[str, float] = {}
    for line in (ontology / "cameo_goldstein_phoenix.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        code, score = line.split("\t")
        goldstein[code] = float(score)
    plover: dict[str, tuple[str, str]] = {}
    for line in (ontology / "cameo2plover_2021.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            plover[row["cameo"]] = (row["plover"], row["mode"])
    codes = sorted(set(goldstein) | set(plover) | set(roots) | set(NAMES))
    rows = []
    for code in codes:
        name = roots[code]["name"].lower() if code in roots else NAMES.get(code) or NAMES.get(code[:3], "")
        score = goldstein.get(code, goldstein.get(code[:3], roots[code[:2]]["goldstein_root"]))
        # A code missing from CAMEO2PLOVER takes its nearest listed parent; 01 and 02 have none there.
        mapped = (
            OVERRIDES.get(code)
            or plover.get(code)
            or OVERRIDES.get(code[:3])
            or plover.get(code[:3])
            or OVERRIDES.get(code[:2])
            or plover.get(code[:2])
            or ("", "")
        )
        rows.append((code, name, f"{score:g}", mapped[0], mapped[1]))
    return rows


def main() -> None:
    ontology = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ONTOLOGY
    header = (
        "# CAMEO event codes: Goldstein score and PLOVER type/mode (CAMEO2PLOVER 2021).\n"
        "# Generated by scripts/build_cameo_table.py from public code tables; do not edit by hand.\n"
        "code\tname\tgoldstein\tplover\tplover_mode\n"
    )
    body = "".join("\t".join(row) + "\n" for row in build(ontology))
    OUTPUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()

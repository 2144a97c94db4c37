#!/usr/bin/env python3
"""Validate a market-shapes file and print each race's true best arm and top gap.

Usage: python3 check.py [shapes.json] [--start-weekday N]

Checks the schema (bench/schema.ts: MarketShape) and the conventions of this set:
  * split is "measured" for every shape (this set has no tuning shapes);
  * ceil(budgetImpressions / impressionsPerDay) == days; budget 500k-600k;
  * weekday / weekdayCvr arrays: 7 numbers, Monday first, mean exactly 1.00;
  * noise.dailyRateSd within 0.03-0.18;
  * arm labels short kebab-case, unique in an audience; slots only tone, hook, cta, scene, talent, product,
    with one- or two-word values; no two arms of an audience with the same slots;
  * the true best arm is the same for every start weekday.
The truth is computed exactly as trueValue() in schema.ts: the metric averaged over the run's days, with
weekday multipliers and (for ctr) fatigue applied; weekday index (startWeekday + d) % 7, Monday = 0.
Gap = best / second - 1.

It also prints a planning view per race (not engine output):
  n80     two-proportion sample size per arm for the best vs the second arm at their run averages,
          alpha 0.05 two-sided, 80% power (impressions for ctr, clicks for cvr);
  z_even  ln(best/second) / sqrt(1/e1 + 1/e2 + 2 sd^2 / days) with the budget split evenly over all arms
          (e = expected events: clicks for ctr, conversions for cvr);
  z_top2  the same with the two leading arms at 45% of the budget each.
Exit status 1 if any error was found.
"""

import json
import math
import re
import sys

SLOT_KEYS = {"tone", "hook", "cta", "scene", "talent", "product"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SHAPE_KEYS = {
    "id", "split", "description", "sources", "metric", "platform", "format", "days", "impressionsPerDay",
    "budgetImpressions", "audiences", "weekday", "weekdayCvr", "noise",
}
ARM_KEYS = {"label", "slots", "ctr", "cvr", "fatigue"}
Z_ALPHA, Z_BETA = 1.959964, 0.841621  # alpha 0.05 two-sided, power 0.80

errors: list[str] = []
warnings: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def warn(where: str, msg: str) -> None:
    warnings.append(f"{where}: {msg}")


def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def fatigue_of(arm: dict, d: int) -> float:
    f = arm.get("fatigue")
    if not f:
        return 1.0
    return f["floor"] + (1 - f["floor"]) * 0.5 ** (d / f["halfLifeDays"])


def true_value(shape: dict, arm: dict, start_weekday: int, days: int | None = None) -> float:
    days = shape["days"] if days is None else days
    total = 0.0
    for d in range(days):
        w = (start_weekday + d) % 7
        if shape["metric"] == "ctr":
            wk = shape["weekday"][w] if shape.get("weekday") else 1.0
            total += arm["ctr"] * fatigue_of(arm, d) * wk
        else:
            wk = shape["weekdayCvr"][w] if shape.get("weekdayCvr") else 1.0
            total += arm["cvr"] * wk
    return total / days


def n_per_arm(p1: float, p2: float) -> float:
    if p1 == p2:
        return math.inf
    return (Z_ALPHA + Z_BETA) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p1 - p2) ** 2


def check_week(where: str, arr) -> None:
    if arr is None:
        return
    if not isinstance(arr, list) or len(arr) != 7 or not all(is_num(x) for x in arr):
        err(where, "must be null or an array of 7 numbers")
        return
    if any(x <= 0 for x in arr):
        err(where, "multipliers must be positive")
    if abs(sum(arr) / 7 - 1.0) > 1e-9:
        err(where, f"mean is {sum(arr) / 7:.6f}, not exactly 1.00")


def check_shape(s: dict, seen_ids: set) -> bool:
    sid = s.get("id", "?")
    where = f"shape {sid}"
    ok = True
    for k in s:
        if k not in SHAPE_KEYS:
            warn(where, f"unknown key {k!r} (zod drops it)")
    for k in ("id", "description", "platform", "format"):
        if not isinstance(s.get(k), str) or not s.get(k):
            err(where, f"{k} must be a non-empty string")
            ok = False
    if sid in seen_ids:
        err(where, "duplicate id")
    seen_ids.add(sid)
    if s.get("split") not in ("tuning", "measured"):
        err(where, "split must be tuning or measured")
    elif s["split"] != "measured":
        err(where, "this set is measured-only; split must be 'measured'")
    if not isinstance(s.get("sources"), list) or not s["sources"] or not all(isinstance(x, str) for x in s["sources"]):
        err(where, "sources must be a non-empty array of strings")
    if s.get("metric") not in ("ctr", "cvr"):
        err(where, "metric must be ctr or cvr")
        ok = False
    for k in ("days", "impressionsPerDay", "budgetImpressions"):
        if not is_int(s.get(k)) or s[k] <= 0:
            err(where, f"{k} must be a positive integer")
            ok = False
    if ok:
        if math.ceil(s["budgetImpressions"] / s["impressionsPerDay"]) != s["days"]:
            err(where, f"ceil(budget/impressionsPerDay) = {math.ceil(s['budgetImpressions'] / s['impressionsPerDay'])}"
                f" != days {s['days']}")
        if not 500_000 <= s["budgetImpressions"] <= 600_000:
            err(where, f"budgetImpressions {s['budgetImpressions']} outside 500k-600k")
    check_week(f"{where} weekday", s.get("weekday"))
    if "weekdayCvr" in s:
        check_week(f"{where} weekdayCvr", s.get("weekdayCvr"))
    if s.get("metric") == "cvr" and not s.get("weekdayCvr"):
        warn(where, "cvr shape without weekdayCvr")
    if s.get("metric") == "ctr" and s.get("weekdayCvr"):
        warn(where, "weekdayCvr on a ctr shape never affects the truth")
    if s.get("weekday") is not None and not isinstance(s.get("weekday"), list):
        ok = False
    noise = s.get("noise")
    if not isinstance(noise, dict) or not is_num(noise.get("dailyRateSd")) or noise["dailyRateSd"] < 0:
        err(where, "noise.dailyRateSd must be a number >= 0")
        ok = False
    elif not 0.03 <= noise["dailyRateSd"] <= 0.18:
        err(where, f"noise {noise['dailyRateSd']} outside 0.03-0.18")
    auds = s.get("audiences")
    if not isinstance(auds, list) or not auds:
        err(where, "audiences must be a non-empty array")
        return False
    names = set()
    for a in auds:
        aw = f"{where} / {a.get('name', '?')}"
        if not isinstance(a.get("name"), str) or not a["name"]:
            err(aw, "audience name must be a non-empty string")
        if a.get("name") in names:
            err(aw, "duplicate audience name")
        names.add(a.get("name"))
        arms = a.get("arms")
        if not isinstance(arms, list) or len(arms) < 2:
            err(aw, "needs at least 2 arms")
            ok = False
            continue
        labels, slotsets = set(), set()
        for arm in arms:
            lw = f"{aw} / {arm.get('label', '?')}"
            for k in arm:
                if k not in ARM_KEYS:
                    warn(lw, f"unknown key {k!r} (zod drops it)")
            lab = arm.get("label")
            if not isinstance(lab, str) or not KEBAB.match(lab) or len(lab) > 24:
                err(lw, "label must be short kebab-case (<= 24 chars)")
            if lab in labels:
                err(lw, "duplicate label in audience")
            labels.add(lab)
            for k in ("ctr", "cvr"):
                if not is_num(arm.get(k)) or not 0 <= arm[k] <= 1:
                    err(lw, f"{k} must be a number in [0, 1]")
                    ok = False
            slots = arm.get("slots")
            if not isinstance(slots, dict) or not slots:
                err(lw, "slots must be a non-empty object")
            else:
                for k, v in slots.items():
                    if k not in SLOT_KEYS:
                        err(lw, f"slot {k!r} not one of {sorted(SLOT_KEYS)}")
                    if not isinstance(v, str) or not 1 <= len(v.split()) <= 2:
                        err(lw, f"slot value {v!r} must be one or two words")
                key = tuple(sorted(slots.items()))
                if key in slotsets:
                    err(lw, "another arm in this audience has the same slots")
                slotsets.add(key)
            f = arm.get("fatigue", "missing")
            if f == "missing":
                err(lw, "fatigue must be present (null or an object)")
            elif f is not None:
                if not isinstance(f, dict) or not is_num(f.get("halfLifeDays")) or f["halfLifeDays"] <= 0 \
                        or not is_num(f.get("floor")) or not 0 <= f["floor"] <= 1:
                    err(lw, "fatigue must be {halfLifeDays > 0, floor in [0, 1]}")
                    ok = False
    return ok


def race_rows(s: dict, start: int) -> list[dict]:
    rows = []
    n_days = s["days"]
    budget = s["budgetImpressions"]
    sd = s["noise"]["dailyRateSd"]
    for a in s["audiences"]:
        arms = a["arms"]
        vals = [true_value(s, arm, start) for arm in arms]
        order = sorted(range(len(arms)), key=lambda i: -vals[i])
        b, c = order[0], order[1]
        gap = vals[b] / vals[c] - 1 if vals[c] > 0 else math.inf
        # best arm for every start weekday, and over the days the budget lasts
        bests = set()
        gaps = []
        for w in range(7):
            v = [true_value(s, arm, w) for arm in arms]
            o = sorted(range(len(arms)), key=lambda i: -v[i])
            gaps.append(v[o[0]] / v[o[1]] - 1)
            if v[o[0]] > v[o[1]]:
                bests.add(o[0])
        budget_days = math.ceil(budget / s["impressionsPerDay"])
        vb = [true_value(s, arm, start, budget_days) for arm in arms]
        if gap > 0 and max(range(len(arms)), key=lambda i: vb[i]) != b:
            err(f"{s['id']} / {a['name']}", "best arm differs between days and budget days")
        if len(bests) > 1:
            err(f"{s['id']} / {a['name']}", "best arm changes with the start weekday")
        # a fader: an arm that is best on day 0 but not best over the run
        day0 = [arm["ctr"] * fatigue_of(arm, 0) if s["metric"] == "ctr" else arm["cvr"] for arm in arms]
        first = max(range(len(arms)), key=lambda i: day0[i])
        fader = arms[first]["label"] if first != b and arms[first].get("fatigue") and s["metric"] == "ctr" else ""
        trap = ""
        if s["metric"] == "cvr":
            hi_ctr = max(range(len(arms)), key=lambda i: arms[i]["ctr"])
            lo_cvr = min(range(len(arms)), key=lambda i: arms[i]["cvr"])
            if hi_ctr == lo_cvr:
                trap = arms[hi_ctr]["label"]
        # planning view
        p1, p2 = vals[b], vals[c]
        if s["metric"] == "ctr":
            per_even = budget / len(arms)
            e_even = (per_even * p1, per_even * p2)
            e_top2 = (0.45 * budget * p1, 0.45 * budget * p2)
        else:
            ctr_b = sum(true_ctr(s, arms[b], start)) / n_days
            ctr_c = sum(true_ctr(s, arms[c], start)) / n_days
            per_even = budget / len(arms)
            e_even = (per_even * ctr_b * p1, per_even * ctr_c * p2)
            e_top2 = (0.45 * budget * ctr_b * p1, 0.45 * budget * ctr_c * p2)

        def z(e):
            if p1 == p2:
                return 0.0
            return math.log(p1 / p2) / math.sqrt(1 / e[0] + 1 / e[1] + 2 * sd * sd / n_days)

        rows.append({
            "shape": s["id"], "metric": s["metric"], "platform": s["platform"], "audience": a["name"],
            "arms": len(arms), "best": arms[b]["label"], "pos": b + 1, "second": arms[c]["label"],
            "v1": p1, "v2": p2, "gap": gap, "gmin": min(gaps), "gmax": max(gaps), "n80": n_per_arm(p1, p2),
            "z_even": z(e_even), "z_top2": z(e_top2), "fader": fader, "trap": trap,
            "noise": sd,
        })
    return rows


def true_ctr(s: dict, arm: dict, start: int):
    for d in range(s["days"]):
        w = (start + d) % 7
        wk = s["weekday"][w] if s.get("weekday") else 1.0
        yield arm["ctr"] * fatigue_of(arm, d) * wk


def kind(r: dict) -> str:
    g = r["gap"]
    if g < 0.02:
        return "tie" if g == 0 else "near-tie"
    if g < 0.05:
        return "below-5%"
    if g < 0.10:
        return "moderate"
    return "clear"


def main() -> int:
    args = [x for x in sys.argv[1:]]
    start = 0
    if "--start-weekday" in args:
        i = args.index("--start-weekday")
        start = int(args[i + 1])
        del args[i:i + 2]
    path = args[0] if args else "shapes.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict) or not isinstance(data.get("shapes"), list):
        print("ERROR: top level must be {\"shapes\": [...]}")
        return 1
    seen: set = set()
    rows = []
    for s in data["shapes"]:
        if check_shape(s, seen):
            rows.extend(race_rows(s, start))
    print(f"{len(data['shapes'])} shapes, {len(rows)} races (start weekday {start}, Monday = 0)\n")
    hdr = (f"{'shape':34} {'audience':22} {'m':3} {'arms':>4} {'best (pos)':26} {'second':22} "
           f"{'best/second':>17} {'gap':>6} {'gap 7 starts':>13} {'n80/arm':>8} {'z_even':>6} {'z_top2':>6}  kind")
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        unit = 100
        vs = f"{r['v1'] * unit:.3f}/{r['v2'] * unit:.3f}%"
        n80 = "inf" if math.isinf(r["n80"]) else f"{r['n80'] / 1000:.0f}k"
        extra = []
        if r["fader"]:
            extra.append(f"fader:{r['fader']}")
        if r["trap"]:
            extra.append(f"trap:{r['trap']}")
        print(f"{r['shape']:34} {r['audience']:22} {r['metric']:3} {r['arms']:>4} "
              f"{r['best'] + ' (' + str(r['pos']) + ')':26} {r['second']:22} {vs:>17} {r['gap'] * 100:5.1f}% "
              f"{r['gmin'] * 100:5.1f}-{r['gmax'] * 100:4.1f}% {n80:>8} {r['z_even']:6.2f} {r['z_top2']:6.2f}  "
              f"{kind(r)} {' '.join(extra)}")
    kinds: dict = {}
    for r in rows:
        kinds[kind(r)] = kinds.get(kind(r), 0) + 1
    print("\nkinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("arm counts:", sorted(r["arms"] for r in rows))
    print("best positions:", sorted(r["pos"] for r in rows))
    print("platforms:", sorted({r["platform"] for r in rows}))
    print("noise levels:", sorted({r["noise"] for r in rows}))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("\nOK" if not errors else f"\n{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

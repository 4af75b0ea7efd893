"""`bench/audit.sh`: `audit list -o jsonl` over a big audit log, and `db check` of its chain."""

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import tempfile
import time


def canon_hash(prev, number, at, actor, login, action, target, details):
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))
    canon = json.dumps(
        {"number": number, "at": stamp, "actor": actor, "login": login,
         "action": action, "target": target, "details": details},
        separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev + canon).encode("utf-8")).hexdigest()


def run(cmd, env, out=subprocess.DEVNULL):
    """Runs cmd; (seconds, its peak RSS in KiB). The peak comes from GNU time
    when present: a child's own rusage would count the Python image it was
    forked from, before exec."""
    fd, rss_file = tempfile.mkstemp()
    os.close(fd)
    timed = ["/usr/bin/time", "-f", "%M", "-o", rss_file, *cmd] if os.path.exists("/usr/bin/time") else cmd
    start = time.perf_counter()
    subprocess.run(timed, env=env, stdout=out, stderr=subprocess.DEVNULL, check=True)
    took = time.perf_counter() - start
    try:
        peak = int(open(rss_file).read().split()[-1])
    except (ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    os.remove(rss_file)
    return took, peak


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--orgctl", required=True)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--entries", type=int, default=1_000_000)
    p.add_argument("--keep", action="store_true")
    p.add_argument("--no-hyperfine", action="store_true")
    a = p.parse_args()

    tmp = tempfile.mkdtemp(prefix="orgctl-bench-audit-")
    db = os.path.join(tmp, "audit.db")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tmp,
           "ORGCTL_DB": db, "ORGCTL_CONTEXT": os.path.join(tmp, "context.toml"),
           "ORGCTL_USER": "alice@example.com", "ORGCTL_ORG": "acme", "NO_COLOR": "1"}
    for cmd in (["user", "add", "alice@example.com", "--name", "Alice"], ["org", "create", "acme"]):
        subprocess.run([a.orgctl, *cmd], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    start = time.perf_counter()
    con = sqlite3.connect(db)
    org_id, prev, first = con.execute(
        "SELECT org_id, hash, number FROM audit WHERE org = 'acme' ORDER BY number DESC LIMIT 1").fetchone()
    now = int(time.time())
    rows = []
    with con:
        for n in range(first + 1, a.entries + 1):
            at = now - (a.entries - n) // 10
            target, details = f"team-{n}", f"name=Team {n}"
            prev = canon_hash(prev, n, at, "alice@example.com", None, "team.create", target, details)
            rows.append((at, "alice@example.com", org_id, "acme", "team.create", target, details, n, "env", "bench", prev))
            if len(rows) == 50_000:
                con.executemany("INSERT INTO audit (at, actor, org_id, org, action, target, details, number, "
                                "actor_source, os_user, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
                rows = []
        if rows:
            con.executemany("INSERT INTO audit (at, actor, org_id, org, action, target, details, number, "
                            "actor_source, os_user, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.execute("UPDATE org_counters SET last = ? WHERE org_id = ? AND kind = 'audit'", (a.entries, org_id))
    con.close()
    made = time.perf_counter() - start
    size = os.path.getsize(db)
    print(f"store: {a.entries:,} entries in one org, {size / 2**20:.0f} MiB, written in {made:.1f} s")

    times, rss = [], 0
    out = os.path.join(tmp, "out.jsonl")
    for _ in range(a.runs):
        with open(out, "wb") as f:
            took, peak = run([a.orgctl, "audit", "list", "-o", "jsonl"], env, out=f)
        times.append(took)
        rss = max(rss, peak)
    lines = sum(1 for _ in open(out, "rb"))
    assert lines == a.entries, f"{lines} lines for {a.entries} entries"
    bytes_out = os.path.getsize(out)
    check, check_rss = run([a.orgctl, "db", "check"], env)
    tail, _ = run([a.orgctl, "audit", "list", "-o", "jsonl", "--after", str(a.entries - 1000)], env)
    times.sort()
    best, median = times[0], times[len(times) // 2]
    print(f"| measure | figure | target |")
    print(f"| --- | --- | --- |")
    print(f"| `audit list -o jsonl`, {a.entries:,} entries to a file (median of {a.runs}) | {median:.2f} s "
          f"({a.entries / median:,.0f} entries/s, {bytes_out / median / 2**20:.0f} MiB/s; best {best:.2f} s) | |")
    print(f"| its peak RSS | {rss / 1024:.1f} MiB | <= 50 MiB |")
    print(f"| `audit list -o jsonl --after {a.entries - 1000}` (the last 1,000) | {tail * 1000:.0f} ms | |")
    print(f"| `db check` (verifies the chain of {a.entries:,} entries) | {check:.2f} s, {check_rss / 1024:.1f} MiB | |")
    if a.keep:
        print(f"kept: {tmp}")
    else:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

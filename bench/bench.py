#!/usr/bin/env python3
"""orgctl benchmarks: manifest and SQL generators, a timing harness, and the two suites.

Called by bench/apply.sh and bench/run.sh, which check the tools and build
orgctl in release first; run `python3 bench/bench.py --help` for the pieces.

Timing: each command runs several times, after one warm-up run, and the
median counts. The apply suite hands its timings to hyperfine when it is
installed (and --no-hyperfine is not given); otherwise, and always for the run
suite, whose figures are ratios of short commands, this harness times them,
alternating the commands it compares run by run so that both see the same
machine (a shared machine's noise then hits both alike). Peak memory comes from `/usr/bin/time -v` ("Maximum resident set
size"), or, without it, from the kernel's rusage of the child (wait4).
"""

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# --------------------------------------------------------------------------
# Machine


def machine():
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "kernel": platform.release()}


def tool_version(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "missing"


# --------------------------------------------------------------------------
# Generators


def write_manifest(path, users, teams, team_size, dashboards, grants=2, org="bench", prefix="u", visibility="restricted"):
    """One org holding every user as a member (the first is admin), `teams`
    teams of `team_size`, and `dashboards` dashboards (restricted unless told)
    with `grants` grants each (a team view grant, then user edit grants)."""
    email = lambda i: f"{prefix}{i}@bench.test"  # noqa: E731
    with open(path, "w") as f:
        for i in range(users):
            f.write(f'[[users]]\nemail = "{email(i)}"\nname = "User {i}"\n\n')
        f.write(f'[[orgs]]\nslug = "{org}"\nname = "Bench {org}"\n\n')
        for i in range(users):
            role = "admin" if i == 0 else "member"
            f.write(f'  [[orgs.members]]\n  email = "{email(i)}"\n  role = "{role}"\n\n')
        for t in range(teams):
            members = ", ".join(f'"{email((t * team_size + j) % users)}"' for j in range(team_size))
            f.write(f'  [[orgs.teams]]\n  slug = "team-{t}"\n  name = "Team {t}"\n  members = [{members}]\n\n')
        for d in range(dashboards):
            g = []
            if grants >= 1 and teams:
                g.append(f'{{ team = "team-{d % teams}", permission = "view" }}')
            for k in range(1, grants):
                g.append(f'{{ user = "{email((d * 7 + k) % users)}", permission = "edit" }}')
            f.write(
                f'  [[orgs.dashboards]]\n  slug = "dash-{d}"\n  title = "Dashboard {d}"\n'
                f'  visibility = "{visibility}"\n  owner = "{email(0)}"\n  grants = [{", ".join(g)}]\n\n'
            )


def write_scale_manifest(path, members, dashboards, teams=100, team_size=100, probe_grants=10):
    """Org `huge` (members, dashboards, teams; a probe member with direct view
    grants on `probe_grants` dashboards and nothing else) and org `tiny` (10
    members, 10 org-wide dashboards). The probe sees as many dashboards in
    huge as in tiny, so the two lists print the same amount."""
    with open(path, "w") as f:
        for i in range(members):
            f.write(f'[[users]]\nemail = "u{i}@bench.test"\nname = "User {i}"\n\n')
        f.write('[[users]]\nemail = "probe@bench.test"\nname = "Probe"\n\n')
        for i in range(1, 10):
            f.write(f'[[users]]\nemail = "t{i}@bench.test"\nname = "Tiny {i}"\n\n')
        f.write('[[orgs]]\nslug = "huge"\nname = "Huge"\n\n')
        f.write('  [[orgs.members]]\n  email = "probe@bench.test"\n  role = "member"\n\n')
        for i in range(members):
            role = "admin" if i == 0 else "member"
            f.write(f'  [[orgs.members]]\n  email = "u{i}@bench.test"\n  role = "{role}"\n\n')
        for t in range(teams):
            ms = ", ".join(f'"u{(t * team_size + j) % members}@bench.test"' for j in range(team_size))
            f.write(f'  [[orgs.teams]]\n  slug = "team-{t}"\n  members = [{ms}]\n\n')
        for d in range(dashboards):
            g = [f'{{ team = "team-{d % teams}", permission = "view" }}']
            if d < probe_grants:
                g.append('{ user = "probe@bench.test", permission = "view" }')
            f.write(
                f'  [[orgs.dashboards]]\n  slug = "dash-{d}"\n  title = "Dashboard {d}"\n'
                f'  visibility = "restricted"\n  owner = "u0@bench.test"\n  grants = [{", ".join(g)}]\n\n'
            )
        f.write('[[orgs]]\nslug = "tiny"\nname = "Tiny"\n\n')
        f.write('  [[orgs.members]]\n  email = "u0@bench.test"\n  role = "admin"\n\n')
        for i in range(1, 10):
            f.write(f'  [[orgs.members]]\n  email = "t{i}@bench.test"\n  role = "member"\n\n')
        for d in range(10):
            f.write(
                f'  [[orgs.dashboards]]\n  slug = "dash-{d}"\n  title = "Tiny {d}"\n'
                f'  visibility = "org"\n  owner = "u0@bench.test"\n\n'
            )


def q(s):
    return "'" + str(s).replace("'", "''") + "'"


def write_raw_sql(path, schema, users, teams, team_size, dashboards, grants, audit_rows):
    """The rows apply writes for `write_manifest`, as plain INSERTs in one
    transaction, under the store's own schema (so the same indexes)."""
    now = int(time.time())
    with open(path, "w") as f:
        f.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nPRAGMA foreign_keys=ON;\n")
        for line in schema.splitlines():
            if "sqlite_sequence" in line:
                continue  # created by SQLite itself for AUTOINCREMENT
            f.write(line + "\n")
        f.write("BEGIN IMMEDIATE;\n")
        for i in range(users):
            f.write(f"INSERT INTO users (id, email, name, created_at) VALUES ({i + 1}, {q(f'u{i}@bench.test')}, {q(f'User {i}')}, {now});\n")
        f.write(f"INSERT INTO orgs (id, slug, name, plan, created_at) VALUES (1, 'bench', 'Bench bench', 'free', {now});\n")
        for i in range(users):
            role = "admin" if i == 0 else "member"
            f.write(f"INSERT INTO members (org_id, user_id, role, joined_at) VALUES (1, {i + 1}, '{role}', {now});\n")
        for t in range(teams):
            f.write(f"INSERT INTO teams (id, org_id, slug, name, created_at) VALUES ({t + 1}, 1, 'team-{t}', 'Team {t}', {now});\n")
            seen = set()
            for j in range(team_size):
                u = (t * team_size + j) % users
                if u not in seen:
                    seen.add(u)
                    f.write(f"INSERT INTO team_members (org_id, team_id, user_id) VALUES (1, {t + 1}, {u + 1});\n")
        gid = 0
        for d in range(dashboards):
            f.write(
                f"INSERT INTO dashboards (id, org_id, slug, title, visibility, owner_id, created_at) "
                f"VALUES ({d + 1}, 1, 'dash-{d}', 'Dashboard {d}', 'restricted', 1, {now});\n"
            )
            if grants >= 1 and teams:
                gid += 1
                f.write(f"INSERT INTO dashboard_grants (id, org_id, dashboard_id, team_id, permission) VALUES ({gid}, 1, {d + 1}, {d % teams + 1}, 'view');\n")
            users_granted = set()
            for k in range(1, grants):
                u = (d * 7 + k) % users
                if u not in users_granted:
                    users_granted.add(u)
                    gid += 1
                    f.write(f"INSERT INTO dashboard_grants (id, org_id, dashboard_id, user_id, permission) VALUES ({gid}, 1, {d + 1}, {u + 1}, 'edit');\n")
        for a in range(audit_rows):
            f.write(
                f"INSERT INTO audit (at, actor, org_id, org, action, target, details) "
                f"VALUES ({now}, 'u0@bench.test', 1, 'bench', 'member.create', 'u{a}@bench.test', 'via apply; role=member');\n"
            )
        f.write("COMMIT;\n")


# --------------------------------------------------------------------------
# Timing


class Item:
    """One command to time: argv, and a Python callable run (untimed) before each run."""

    def __init__(self, name, argv, prepare=None, prepare_shell=None):
        self.name, self.argv, self.prepare, self.prepare_shell = name, argv, prepare, prepare_shell
        self.times, self.failures = [], 0


def use_hyperfine(args):
    return shutil.which("hyperfine") is not None and not args.no_hyperfine and args.suite == "apply"


def time_items(items, runs, args):
    """Median wall time of each item, in seconds. Items are alternated run by run
    (or handed to hyperfine when it is installed)."""
    if use_hyperfine(args):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            cmd = ["hyperfine", "-N", "--style", "none", "--warmup", "1", "--runs", str(runs), "--export-json", out.name, "-i"]
            for it in items:
                cmd += ["--prepare", it.prepare_shell or "true"]
            cmd += [shlex.join(it.argv) for it in items]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            results = json.load(open(out.name))["results"]
        for it, r in zip(items, results):
            it.times = r["times"]
            it.failures = sum(1 for c in r.get("exit_codes", []) if c != 0)
    else:
        for run in range(runs + 1):  # the first round warms caches and is not counted
            for it in items:
                if it.prepare:
                    it.prepare()
                t0 = time.perf_counter()
                p = subprocess.Popen(it.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
                _, status, _ = os.wait4(p.pid, 0)
                if run > 0:
                    it.times.append(time.perf_counter() - t0)
                    it.failures += status != 0
    for it in items:
        if it.failures:
            print(f"warning: {it.name}: {it.failures} of {runs} runs failed: {shlex.join(it.argv)}", file=sys.stderr)
    return [statistics.median(it.times) for it in items]


def peak_rss_mib(argv, prepare=None):
    """Peak resident memory of one run, in MiB: /usr/bin/time -v, or wait4's rusage."""
    if prepare:
        prepare()
    if os.path.exists("/usr/bin/time"):
        r = subprocess.run(["/usr/bin/time", "-v", *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in r.stderr.splitlines():
            if "Maximum resident set size" in line:
                return int(line.split(":")[1]) / 1024, r.returncode, "/usr/bin/time -v"
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    return usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), "wait4 rusage"


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def verdict(ok):
    return "ok" if ok else "MISSED"


# --------------------------------------------------------------------------
# Suites


class Orgctl:
    def __init__(self, binary, work):
        self.binary, self.ctx = binary, str(Path(work) / "context.toml")

    def argv(self, db, *args):
        return [self.binary, "--db", str(db), "--context", self.ctx, *args]

    def run(self, db, *args, check=True):
        r = subprocess.run(self.argv(db, *args), capture_output=True, text=True)
        if check and r.returncode != 0:
            sys.exit(f"orgctl {shlex.join(args)} failed ({r.returncode}): {r.stderr.strip()}")
        return r


def remove_store(db):
    def go():
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.remove(f"{db}{suffix}")
            except FileNotFoundError:
                pass

    return go


def header(args, title, runs=None):
    m = machine()
    print(f"== {title}")
    print(f"machine: {m['nproc']} cpu(s), {m['cpu']}, linux {m['kernel']}")
    print(f"orgctl: {tool_version([args.orgctl, '--version'])} ({args.orgctl})")
    print(f"sqlite3: {tool_version(['sqlite3', '--version']).split(' ')[0]}   timing: "
          f"{'hyperfine' if use_hyperfine(args) else 'bench.py harness, alternating runs'}, median of {runs or args.runs}")


def table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


def suite_apply(args):
    work = Path(tempfile.mkdtemp(prefix="orgctl-bench-apply-"))
    o = Orgctl(args.orgctl, work)
    manifest, db, raw, sql = work / "bench.toml", work / "apply.db", work / "raw.db", work / "raw.sql"
    admin = "u0@bench.test"
    header(args, "apply benchmark")
    t0 = time.perf_counter()
    write_manifest(manifest, args.users, args.teams, args.team_size, args.dashboards, args.grants)
    print(f"manifest: {args.users} users, 1 org with all of them as members, {args.teams} teams of {args.team_size}, "
          f"{args.dashboards} dashboards with {args.grants} grants each ({manifest.stat().st_size / 1e6:.1f} MB, "
          f"made in {time.perf_counter() - t0:.1f} s)")

    # One untimed apply gives the schema and the row counts the raw run must match.
    o.run(db, "--as", admin, "-q", "apply", "-f", str(manifest))
    schema = subprocess.run(["sqlite3", str(db), ".schema"], capture_output=True, text=True, check=True).stdout
    tables = ["users", "orgs", "members", "teams", "team_members", "dashboards", "dashboard_grants", "audit"]
    counts = {t: int(subprocess.run(["sqlite3", str(db), f"SELECT count(*) FROM {t}"], capture_output=True, text=True, check=True).stdout) for t in tables}
    write_raw_sql(sql, schema, args.users, args.teams, args.team_size, args.dashboards, args.grants, counts["audit"])
    remove_store(raw)()
    subprocess.run(["sqlite3", str(raw), f".read {sql}"], check=True, stdout=subprocess.DEVNULL)
    raw_counts = {t: int(subprocess.run(["sqlite3", str(raw), f"SELECT count(*) FROM {t}"], capture_output=True, text=True, check=True).stdout) for t in tables}
    print("rows: " + ", ".join(f"{t} {counts[t]}" for t in tables))
    if raw_counts != counts:
        print(f"warning: the raw SQL writes different row counts: {raw_counts}", file=sys.stderr)

    apply_argv = o.argv(db, "--as", admin, "-q", "apply", "-f", str(manifest))
    first = Item("apply", apply_argv, remove_store(db), f"rm -f {shlex.quote(str(db))} {shlex.quote(str(db))}-wal {shlex.quote(str(db))}-shm")
    rawi = Item("raw sqlite3", ["sqlite3", str(raw), f".read {sql}"], remove_store(raw), f"rm -f {shlex.quote(str(raw))} {shlex.quote(str(raw))}-wal {shlex.quote(str(raw))}-shm")
    t_apply, t_raw = time_items([first, rawi], args.runs, args)
    # The store is full now: apply the same file again.
    remove_store(db)()
    o.run(db, "--as", admin, "-q", "apply", "-f", str(manifest))
    again = o.run(db, "--as", admin, "apply", "-f", str(manifest)).stdout.strip().splitlines()[-1]
    (t_second,) = time_items([Item("second apply", apply_argv)], args.runs, args)
    rss, code, how = peak_rss_mib(apply_argv, remove_store(db))
    if code != 0:
        print(f"warning: the apply measured for memory exited {code}", file=sys.stderr)
    print(f"second apply says: {again}")
    print()
    ratio, second_ratio = t_apply / t_raw, t_second / t_apply
    table([
        ("measure", "figure", "target", "verdict"),
        ("apply into an empty store", ms(t_apply), "", ""),
        ("raw sqlite3, same rows, one transaction", ms(t_raw), "", ""),
        ("ratio apply / raw", f"{ratio:.2f}x", "<= 2x", verdict(ratio <= 2)),
        ("second apply (no changes)", f"{ms(t_second)} ({second_ratio:.2f}x first)", "<= 1x first", verdict(second_ratio <= 1)),
        (f"peak RSS of apply ({how})", f"{rss:.1f} MiB", "< 200 MiB", verdict(rss < 200)),
    ])
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept {work}")


def suite_access(args):
    """`access review` of an org of `members` members and `dashboards`
    org-wide dashboards (every pair is a row): time and peak memory, in TSV
    and in JSON, both streamed to /dev/null."""
    work = Path(tempfile.mkdtemp(prefix="orgctl-bench-access-"))
    o = Orgctl(args.orgctl, work)
    manifest, db = work / "access.toml", work / "access.db"
    admin = "u0@bench.test"
    header(args, "access review benchmark")
    write_manifest(manifest, args.members, args.teams, args.team_size, args.dashboards, 2, visibility="org")
    t0 = time.perf_counter()
    o.run(db, "--as", admin, "-q", "apply", "-f", str(manifest))
    print(f"org: {args.members} members, {args.teams} teams of {args.team_size}, {args.dashboards} org-wide dashboards "
          f"with a team view grant and a user edit grant each (seeded in {time.perf_counter() - t0:.1f} s)")
    base = ("--as", admin, "--org", "bench", "access", "review")
    rows = o.run(db, *base, "-o", "tsv").stdout.count("\n")
    print(f"rows: {rows}")
    tsv = Item("access review -o tsv", o.argv(db, *base, "-o", "tsv"))
    js = Item("access review --json", o.argv(db, *base, "--json"))
    one = Item("access review --user (one member)", o.argv(db, *base, "--user", "u5@bench.test", "-o", "tsv"))
    t_tsv, t_json, t_one = time_items([tsv, js, one], args.runs, args)
    rss_tsv, code_tsv, how = peak_rss_mib(tsv.argv)
    rss_json, code_json, _ = peak_rss_mib(js.argv)
    rss_list, _, _ = peak_rss_mib(o.argv(db, "--as", admin, "--org", "bench", "member", "list", "-o", "tsv"))
    if code_tsv or code_json:
        print(f"warning: a run measured for memory failed ({code_tsv}, {code_json})", file=sys.stderr)
    print()
    table([
        ("measure", "figure", "target", "verdict"),
        (f"access review -o tsv, {rows} rows", f"{ms(t_tsv)} ({rows / t_tsv / 1e6:.2f} M rows/s)", "", ""),
        ("access review --json", ms(t_json), "", ""),
        ("access review --user (one member's rows)", ms(t_one), "", ""),
        (f"peak RSS, -o tsv ({how})", f"{rss_tsv:.1f} MiB", "<= 50 MiB", verdict(rss_tsv <= 50)),
        ("peak RSS, --json", f"{rss_json:.1f} MiB", "<= 50 MiB", verdict(rss_json <= 50)),
        ("peak RSS of member list -o tsv, same org (baseline)", f"{rss_list:.1f} MiB", "", ""),
    ])
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept {work}")


def load(o, args, db, writers, changes):
    """`writers` processes at once, each making `changes` changes in its own namespace."""
    orgs = ["load-a", "load-b"]
    seed = Path(db).with_suffix(".seed.toml")
    with open(seed, "w") as f:
        f.write('[[users]]\nemail = "boss@load.test"\nname = "Boss"\n\n')
        for p in range(writers):
            f.write(f'[[users]]\nemail = "w{p}-admin@load.test"\nname = "Writer {p}"\n\n')
        for org in orgs:
            f.write(f'[[orgs]]\nslug = "{org}"\n\n  [[orgs.members]]\n  email = "boss@load.test"\n  role = "admin"\n\n')
            for p in range(writers):
                if orgs[p % 2] == org:
                    f.write(f'  [[orgs.members]]\n  email = "w{p}-admin@load.test"\n  role = "admin"\n\n')
    o.run(db, "--as", "boss@load.test", "-q", "apply", "-f", str(seed))

    def plan(p):
        for i in range(changes):
            k = i // 8
            u, t, d = f"w{p}-u{k}@load.test", f"w{p}-t{k}", f"w{p}-d{k}"
            yield {
                0: ["user", "add", u, "--name", f"User {k}"],
                1: ["member", "add", u],
                2: ["team", "create", t],
                3: ["team", "add", t, u],
                4: ["dashboard", "create", f"Dashboard {k}", "--slug", d, "--visibility", "restricted"],
                5: ["dashboard", "share", d, "--team", t],
                6: ["invite", "create", f"w{p}-i{k}@load.test", "--team", t],
                7: ["member", "remove", f"w{p}-u{k - 1}@load.test", "--yes"] if k % 2 else ["dashboard", "share", d, "--user", u, "--permission", "edit"],
            }[i % 8]

    failures, errors, lock = [0], [], threading.Lock()

    def writer(p):
        for cmd in plan(p):
            r = o.run(db, "-q", "--as", f"w{p}-admin@load.test", "--org", orgs[p % 2], *cmd, check=False)
            if r.returncode != 0 or "locked" in r.stderr.lower() or "busy" in r.stderr.lower():
                with lock:
                    failures[0] += 1
                    if len(errors) < 3:
                        errors.append(f"{shlex.join(cmd)}: exit {r.returncode}: {r.stderr.strip()}")

    threads = [threading.Thread(target=writer, args=(p,)) for p in range(writers)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    check = o.run(db, "db", "check", check=False).returncode
    return elapsed, failures[0], errors, check


STARTUP_TARGET = 1.0


def startup_row(o, db, runs, args):
    """`orgctl whoami` (a command that only reads) against `sqlite3 STORE 'select 1'`
    on the same store, alternated run by run; the row for the table."""
    whoami = Item("whoami", o.argv(db, "--as", "t5@bench.test", "--org", "tiny", "whoami"))
    select1 = Item("sqlite3 select 1", ["sqlite3", str(db), "select 1"])
    a, b = time_items([whoami, select1], runs, args)
    return ("start-up: orgctl whoami", ms(a), f"sqlite3 STORE 'select 1' {ms(b)}", f"{a / b:.2f}x",
            f"<= {STARTUP_TARGET:.1f}x", verdict(a / b <= STARTUP_TARGET))


def suite_startup(args):
    """Only the start-up figure, on a small store (the tiny org of the run suite),
    with 20 times --runs pairs of runs (100 by default): a figure of a few
    milliseconds needs many runs for a steady median."""
    work = Path(tempfile.mkdtemp(prefix="orgctl-bench-startup-"))
    o = Orgctl(args.orgctl, work)
    header(args, "orgctl start-up benchmark", args.runs * 20)
    db, manifest = work / "startup.db", work / "startup.toml"
    write_scale_manifest(manifest, 10, 10, teams=2, team_size=5)
    o.run(db, "--as", "u0@bench.test", "-q", "apply", "-f", str(manifest))
    rows = [("measure", "figure", "compared with", "ratio", "target", "verdict"), startup_row(o, db, args.runs * 20, args)]
    table(rows)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept {work}")


def suite_run(args):
    work = Path(tempfile.mkdtemp(prefix="orgctl-bench-run-"))
    o = Orgctl(args.orgctl, work)
    header(args, "orgctl run benchmark")
    rows = [("measure", "figure", "compared with", "ratio", "target", "verdict")]

    # Seed: a huge org and a tiny one, in one store, by one apply.
    db, manifest = work / "scale.db", work / "scale.toml"
    write_scale_manifest(manifest, args.members, args.dashboards)
    t0 = time.perf_counter()
    o.run(db, "--as", "u0@bench.test", "-q", "apply", "-f", str(manifest))
    seeded = time.perf_counter() - t0
    print(f"seed: org huge with {args.members} members, {args.dashboards} dashboards, 100 teams of 100; "
          f"org tiny with 10 members, 10 dashboards; one apply of {manifest.stat().st_size / 1e6:.1f} MB in {seeded:.1f} s")
    for org, who in (("huge", "probe@bench.test"), ("tiny", "t5@bench.test")):
        n = len(o.run(db, "--as", who, "--org", org, "dashboard", "list").stdout.splitlines())
        print(f"  {who} sees {n} dashboards in {org}")

    # 1. Start-up.
    rows.append(startup_row(o, db, args.runs * 3, args))

    # 2. Scale: the same question in the huge org and the tiny one.
    for what, args_huge, args_tiny in (
        ("can-i view dashboard/dash-5", ("--as", "probe@bench.test", "--org", "huge", "can-i", "view", "dashboard/dash-5"),
         ("--as", "t5@bench.test", "--org", "tiny", "can-i", "view", "dashboard/dash-5")),
        ("dashboard list (10 visible)", ("--as", "probe@bench.test", "--org", "huge", "dashboard", "list"),
         ("--as", "t5@bench.test", "--org", "tiny", "dashboard", "list")),
    ):
        big, small = time_items([Item(f"{what} huge", o.argv(db, *args_huge)), Item(f"{what} tiny", o.argv(db, *args_tiny))], args.runs, args)
        rows.append((f"scale: {what}, {args.members} members", ms(big), f"10-member org {ms(small)}", f"{big / small:.2f}x", "<= 1.5x", verdict(big / small <= 1.5)))

    # 3. Memory: every member as JSON.
    listing = o.argv(db, "--as", "u0@bench.test", "--org", "huge", "-o", "json", "member", "list")
    (t_list,) = time_items([Item("member list", listing)], max(3, args.runs // 3), args)
    rss, code, how = peak_rss_mib(listing)
    rows.append((f"memory: member list -o json, {args.members + 1} members", f"{rss:.1f} MiB peak RSS", f"({how}; takes {ms(t_list)})", "", "<= 50 MiB", verdict(rss <= 50 and code == 0)))

    # 4. Load: 16 writers on one store.
    load_db = work / "load.db"
    elapsed, failed, errors, check = load(o, args, load_db, args.writers, args.changes)
    total = args.writers * args.changes
    rows.append((f"load: {args.writers} writers x {args.changes} changes", f"{(total - failed) / elapsed:.0f} changes/s",
                 f"{total} changes in {elapsed:.2f} s, {failed} failed", "", "0 failed, db check ok",
                 verdict(failed == 0 and check == 0)))
    print()
    table(rows)
    for e in errors:
        print(f"load failure: {e}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept {work}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--orgctl", default="target/release/orgctl", help="the binary to measure")
    p.add_argument("--runs", type=int, default=5, help="timed runs per command (median counts)")
    p.add_argument("--no-hyperfine", action="store_true", help="time with the built-in harness even if hyperfine is installed")
    p.add_argument("--keep", action="store_true", help="keep the temporary stores and manifests")
    sub = p.add_subparsers(dest="suite", required=True)
    a = sub.add_parser("apply", help="apply of a big manifest vs raw sqlite3, second apply, peak RSS")
    a.add_argument("--users", type=int, default=10_000)
    a.add_argument("--teams", type=int, default=100)
    a.add_argument("--team-size", type=int, default=100)
    a.add_argument("--dashboards", type=int, default=1_000)
    a.add_argument("--grants", type=int, default=2)
    r = sub.add_parser("run", help="start-up, scale, memory and 16-writer load")
    r.add_argument("--members", type=int, default=100_000)
    r.add_argument("--dashboards", type=int, default=10_000)
    r.add_argument("--writers", type=int, default=16)
    r.add_argument("--changes", type=int, default=200, help="changes per writer (the issue's load: 16 x 200)")
    sub.add_parser("startup", help="only the start-up figure (whoami vs sqlite3 select 1) on a small store")
    x = sub.add_parser("access", help="access review of a big org: time and peak RSS")
    x.add_argument("--members", type=int, default=10_000)
    x.add_argument("--dashboards", type=int, default=100)
    x.add_argument("--teams", type=int, default=100)
    x.add_argument("--team-size", type=int, default=100)
    m = sub.add_parser("manifest", help="print a generated manifest (as the apply suite makes it)")
    m.add_argument("--users", type=int, default=10_000)
    m.add_argument("--teams", type=int, default=100)
    m.add_argument("--team-size", type=int, default=100)
    m.add_argument("--dashboards", type=int, default=1_000)
    m.add_argument("--grants", type=int, default=2)
    args = p.parse_args()
    if args.suite == "manifest":
        write_manifest("/dev/stdout", args.users, args.teams, args.team_size, args.dashboards, args.grants)
    elif args.suite == "apply":
        suite_apply(args)
    elif args.suite == "startup":
        suite_startup(args)
    elif args.suite == "access":
        suite_access(args)
    else:
        suite_run(args)


if __name__ == "__main__":
    main()

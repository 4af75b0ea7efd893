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
import re
import resource
import secrets
import shlex
import shutil
import signal
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
    bare, bare_sql = work / "bare.db", work / "bare.sql"
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
    # The same rows without the audit log's: what the shell does of the data alone.
    write_raw_sql(bare_sql, schema, args.users, args.teams, args.team_size, args.dashboards, args.grants, 0)
    remove_store(raw)()
    subprocess.run(["sqlite3", str(raw), f".read {sql}"], check=True, stdout=subprocess.DEVNULL)
    raw_counts = {t: int(subprocess.run(["sqlite3", str(raw), f"SELECT count(*) FROM {t}"], capture_output=True, text=True, check=True).stdout) for t in tables}
    print("rows: " + ", ".join(f"{t} {counts[t]}" for t in tables))
    if raw_counts != counts:
        print(f"warning: the raw SQL writes different row counts: {raw_counts}", file=sys.stderr)

    apply_argv = o.argv(db, "--as", admin, "-q", "apply", "-f", str(manifest))
    first = Item("apply", apply_argv, remove_store(db), f"rm -f {shlex.quote(str(db))} {shlex.quote(str(db))}-wal {shlex.quote(str(db))}-shm")
    rawi = Item("raw sqlite3", ["sqlite3", str(raw), f".read {sql}"], remove_store(raw), f"rm -f {shlex.quote(str(raw))} {shlex.quote(str(raw))}-wal {shlex.quote(str(raw))}-shm")
    barei = Item("raw sqlite3 without audit rows", ["sqlite3", str(bare), f".read {bare_sql}"], remove_store(bare), f"rm -f {shlex.quote(str(bare))} {shlex.quote(str(bare))}-wal {shlex.quote(str(bare))}-shm")
    t_apply, t_raw, t_bare = time_items([first, rawi, barei], args.runs, args)
    # The store is full now: apply the same file again.
    remove_store(db)()
    o.run(db, "--as", admin, "-q", "apply", "-f", str(manifest))
    # A run with no change prints its summary on stderr (stdout holds the changes).
    second = o.run(db, "--as", admin, "apply", "-f", str(manifest))
    again = (second.stdout.strip() or second.stderr.strip()).splitlines()[-1]
    (t_second,) = time_items([Item("second apply", apply_argv)], args.runs, args)
    rss, code, how = peak_rss_mib(apply_argv, remove_store(db))
    if code != 0:
        print(f"warning: the apply measured for memory exited {code}", file=sys.stderr)
    print(f"second apply says: {again}")
    print()
    ratio, second_ratio, bare_ratio = t_apply / t_raw, t_second / t_apply, t_apply / t_bare
    table([
        ("measure", "figure", "target", "verdict"),
        ("apply into an empty store", ms(t_apply), "", ""),
        ("raw sqlite3, same rows with the audit rows, one transaction", ms(t_raw), "", ""),
        ("ratio apply / raw", f"{ratio:.2f}x", "<= 2x", verdict(ratio <= 2)),
        ("raw sqlite3, the same rows without audit rows", ms(t_bare), "", ""),
        ("ratio apply / raw without audit rows", f"{bare_ratio:.2f}x", "<= 1.5x", verdict(bare_ratio <= 1.5)),
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


LOAD_ORGS = ["load-a", "load-b"]
LOAD_BOSS = "boss@load.test"


def load_plan(p, changes):
    """Writer `p`'s commands, in order, and what its namespace holds after them
    (members, team -> members, dashboard -> grants, invites), as tests/load.rs
    plans it: blocks of eight changes around one user `k`."""
    cmds = []
    exp = {"members": set(), "teams": {}, "dashboards": {}, "invites": set()}
    for i in range(changes):
        k = i // 8
        u, t, d = f"w{p}-u{k}@load.test", f"w{p}-t{k}", f"w{p}-d{k}"
        step = i % 8
        if step == 0:
            cmds.append(["user", "add", u, "--name", f"User {k}"])
        elif step == 1:
            exp["members"].add(u)
            cmds.append(["member", "add", u])
        elif step == 2:
            exp["teams"][t] = set()
            cmds.append(["team", "create", t])
        elif step == 3:
            exp["teams"][t].add(u)
            cmds.append(["team", "add", t, u])
        elif step == 4:
            exp["dashboards"][d] = set()
            cmds.append(["dashboard", "create", f"Dashboard {k}", "--slug", d, "--visibility", "restricted"])
        elif step == 5:
            exp["dashboards"][d].add((f"team:{t}", "view"))
            cmds.append(["dashboard", "share", d, "--team", t])
        elif step == 6:
            exp["invites"].add(f"w{p}-i{k}@load.test")
            cmds.append(["invite", "create", f"w{p}-i{k}@load.test", "--team", t])
        elif k % 2:
            gone = f"w{p}-u{k - 1}@load.test"
            exp["members"].discard(gone)
            for members in exp["teams"].values():
                members.discard(gone)
            for grants in exp["dashboards"].values():
                grants.discard((f"user:{gone}", "edit"))
            cmds.append(["member", "remove", gone, "--yes"])
        else:
            exp["dashboards"][d].add((f"user:{u}", "edit"))
            cmds.append(["dashboard", "share", d, "--user", u, "--permission", "edit"])
    return cmds, exp


def load_observed(export, p):
    """What `export --json` shows of writer `p`'s namespace in its org."""
    prefix = f"w{p}-"
    mine = lambda s: s.startswith(prefix) and not s.startswith(f"{prefix}admin")  # noqa: E731
    out = {"members": set(), "teams": {}, "dashboards": {}, "invites": set()}
    org = next((o for o in export.get("orgs", []) if o.get("slug") == LOAD_ORGS[p % 2]), {})
    for m in org.get("members", []):
        if mine(m.get("email", "")):
            out["members"].add(m["email"])
    for t in org.get("teams", []):
        if mine(t.get("slug", "")):
            out["teams"][t["slug"]] = set(t.get("members", []))
    for d in org.get("dashboards", []):
        if mine(d.get("slug", "")):
            grants = set()
            for g in d.get("grants", []):
                who = f"team:{g['team']}" if g.get("team") else f"user:{g.get('user')}"
                grants.add((who, g.get("permission")))
            out["dashboards"][d["slug"]] = grants
    for i in org.get("invites", []):
        if mine(i.get("email", "")):
            out["invites"].add(i["email"])
    return out


def cpu_of(names):
    """CPU seconds the machine's processes of these names have used, each
    with its children that have ended (a server's ended backends count in
    its postmaster): Linux's /proc."""
    clk, total = os.sysconf("SC_CLK_TCK"), {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            st = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        name = st[st.index("(") + 1:st.rindex(")")]
        if name in names:
            f = st[st.rindex(")") + 2:].split()
            total[name] = total.get(name, 0) + sum(int(x) for x in f[11:15]) / clk
    return total


def cpu_per_command(o, db, who, org, commands, server=("postgres", "pgbouncer")):
    """Runs `commands` one after another as `who` in `org`: the CPU seconds
    each took on average, orgctl's own (its rusage) and the local server
    processes' by name."""
    before, r0 = cpu_of(server), resource.getrusage(resource.RUSAGE_CHILDREN)
    for c in commands:
        o.run(db, "-q", "--as", who, "--org", org, *c)
    r1, after = resource.getrusage(resource.RUSAGE_CHILDREN), cpu_of(server)
    n = len(commands)
    spent = {"orgctl": (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) / n}
    for name in server:
        if name in after:
            spent[name] = (after[name] - before.get(name, 0)) / n
    return spent


def run_at_once(o, db, commands):
    """Starts every (actor, org, args) command at once; their exit codes and stderr, in order."""
    procs = [subprocess.Popen(o.argv(db, "-q", "--as", who, "--org", org, *cmd), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
             for who, org, cmd in commands]
    return [(p.wait(), p.stderr.read()) for p in procs]


def load(o, args, db, writers, changes, work=None):
    """`writers` processes at once, each making `changes` changes in its own
    namespace of one of two orgs; then the outcome: every namespace holds
    exactly what its writer asked for (read back with `export --json`), and
    every admin of an org demoting themselves at once leaves exactly one
    admin, the one refused (the last-admin rule under concurrency)."""
    orgs = LOAD_ORGS
    seed = Path(work or Path(db).parent) / "load.seed.toml"
    with open(seed, "w") as f:
        f.write(f'[[users]]\nemail = "{LOAD_BOSS}"\nname = "Boss"\n\n')
        for p in range(writers):
            f.write(f'[[users]]\nemail = "w{p}-admin@load.test"\nname = "Writer {p}"\n\n')
        for org in orgs:
            f.write(f'[[orgs]]\nslug = "{org}"\n\n  [[orgs.members]]\n  email = "{LOAD_BOSS}"\n  role = "admin"\n\n')
            for p in range(writers):
                if orgs[p % 2] == org:
                    f.write(f'  [[orgs.members]]\n  email = "w{p}-admin@load.test"\n  role = "admin"\n\n')
    o.run(db, "--as", LOAD_BOSS, "-q", "apply", "-f", str(seed))
    plans = [load_plan(p, changes) for p in range(writers)]

    failures, errors, lock = [0], [], threading.Lock()

    def writer(p):
        for cmd in plans[p][0]:
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

    # Outcome 1: each namespace as planned.
    export = json.loads(o.run(db, "--as", LOAD_BOSS, "--json", "export").stdout)
    landed = sum(1 for p in range(writers) if load_observed(export, p) == plans[p][1])
    for p in range(writers):
        if load_observed(export, p) != plans[p][1] and len(errors) < 6:
            errors.append(f"writer {p}: its namespace in {orgs[p % 2]} is not what it asked for")
    # Outcome 2: every admin of each org demotes themselves at once.
    race = []
    for org in orgs:
        admins = [LOAD_BOSS] + [f"w{p}-admin@load.test" for p in range(writers) if orgs[p % 2] == org]
        results = run_at_once(o, db, [(a, org, ["member", "set-role", a, "member"]) for a in admins])
        demoted = sum(1 for code, _ in results if code == 0)
        refused = [a for a, (code, _) in zip(admins, results) if code == 5]
        members = json.loads(o.run(db, "--as", LOAD_BOSS, "--org", org, "--json", "member", "list", check=False).stdout or "[]")
        left = [m.get("email") for m in members if m.get("role") == "admin"] if isinstance(members, list) else []
        if not members:
            # The boss was demoted: read the list as the one admin left.
            who = refused[0] if refused else LOAD_BOSS
            members = json.loads(o.run(db, "--as", who, "--org", org, "--json", "member", "list", check=False).stdout or "[]")
            left = [m.get("email") for m in members if m.get("role") == "admin"]
        ok = demoted == len(admins) - 1 and len(refused) == 1 and left == refused
        if not ok and len(errors) < 6:
            errors.append(f"last-admin race in {org}: {demoted} demoted, refused {refused}, admins left {left}; "
                          + "; ".join(e.strip() for code, e in results if code not in (0, 5))[:300])
        race.append((org, len(admins), demoted, len(refused), len(left), ok))
    outcome = {"landed": landed, "race": race}
    return elapsed, failures[0], errors, check, outcome


def load_outcome_text(outcome, writers):
    race = "; ".join(f"{org}: {n} admins, {d} demoted, {r} refused, {left} left" for org, n, d, r, left, _ in outcome["race"])
    return f"{outcome['landed']} of {writers} namespaces as planned; last-admin race {race}"


def load_outcome_ok(outcome, writers):
    return outcome["landed"] == writers and all(ok for *_, ok in outcome["race"])


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
        # A write, which asks first whether anything has ended in the org
        # (the sweep); adding a member again changes nothing, so it repeats.
        ("write: member add of a member", ("--as", "u0@bench.test", "--org", "huge", "-q", "member", "add", "u5@bench.test"),
         ("--as", "u0@bench.test", "--org", "tiny", "-q", "member", "add", "t5@bench.test")),
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
    elapsed, failed, errors, check, outcome = load(o, args, load_db, args.writers, args.changes, work)
    total = args.writers * args.changes
    rows.append((f"load: {args.writers} writers x {args.changes} changes", f"{(total - failed) / elapsed:.0f} changes/s",
                 f"{total} changes in {elapsed:.2f} s, {failed} failed", "", "0 failed, db check ok",
                 verdict(failed == 0 and check == 0)))
    rows.append(("load: outcome (below)", "ok" if load_outcome_ok(outcome, args.writers) else "wrong", "", "", "as planned",
                 verdict(load_outcome_ok(outcome, args.writers))))
    print()
    table(rows)
    print(f"load: {load_outcome_text(outcome, args.writers)}")
    for e in errors:
        print(f"load failure: {e}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept {work}")


# --------------------------------------------------------------------------
# PostgreSQL


def psql_binary():
    """psql on PATH, or the newest server's in /usr/lib/postgresql/VERSION/bin."""
    found = shutil.which("psql")
    if found:
        return found
    bins = [d for d in Path("/usr/lib/postgresql").glob("*/bin/psql") if d.parent.parent.name.isdigit()]
    if not bins:
        sys.exit("error: psql is required for the PostgreSQL suite (apt-get install postgresql-client)")
    return str(max(bins, key=lambda d: int(d.parent.parent.name)))


def pg_url_parts(url):
    """`postgresql://USERINFO@HOST/DB?QUERY` as (scheme, userinfo or None, host, db, ?query)."""
    scheme, rest = url.split("://", 1)
    rest, sep, query = rest.partition("?")
    authority, _, db = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    return scheme + "://", (userinfo if at else None), host, db or "postgres", sep + query


class Pg:
    """The server named by --server, reached as its superuser with psql, and
    what the suite makes there: a schema owner and an app login (LOGIN,
    granted orgctl_app), a template database that `orgctl init` prepared as
    the owner, and databases copied from it; all named after `prefix` and
    dropped at the end."""

    def __init__(self, server, prefix):
        self.server, self.prefix, self.psql = server, prefix, psql_binary()
        self.admin_db = pg_url_parts(server)[3]
        self.password = secrets.token_hex(16)
        self.owner, self.app, self.template = f"{prefix}_owner", f"{prefix}_app", f"{prefix}_tmpl"
        self.databases, self.roles = [], []
        self.pooler = None

    def url(self, db, role=None, pooled=True):
        scheme, userinfo, host, _, query = pg_url_parts(self.server)
        if role:
            userinfo = f"{role}:{self.password}"
        if role == self.app and self.pooler and pooled:
            # The app login's commands go through the pooler (--pooler).
            host, query = "", f"?host={self.pooler.dir}&port={Pooler.PORT}"
        return f"{scheme}{userinfo + '@' if userinfo else ''}{host}/{db}{query}"

    def sql(self, sql, db=None, check=True):
        r = subprocess.run([self.psql, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", self.url(db or self.admin_db), "-c", sql],
                           capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if r.returncode and check:
            sys.exit(f"error: psql failed ({r.returncode}) on: {sql}\n{r.stderr.strip()}")
        return r.stdout.strip()

    def setup(self, o):
        for role, attrs in ((self.owner, "LOGIN CREATEROLE"), (self.app, "LOGIN")):
            self.sql(f"DROP ROLE IF EXISTS {role}")
            self.sql(f"CREATE ROLE {role} {attrs} PASSWORD '{self.password}'")
            self.roles.append(role)
        self.sql(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        self.sql(f"CREATE DATABASE {self.template} OWNER {self.owner} TEMPLATE template0")
        self.databases.append(self.template)
        t0 = time.perf_counter()
        o.run(self.url(self.template, self.owner), "-q", "init")
        took = time.perf_counter() - t0
        # The app login acts as any user with --as (as CI jobs do): linked
        # with --impersonate, which also grants it orgctl_app. Databases
        # copied from the template keep the link.
        o.run(self.url(self.template, self.owner), "-q", "db", "link", self.app, "--impersonate")
        return took

    def direct(self, url):
        """The app login's `url` without the pooler: the statement counts
        log new server sessions (a pooled one would not log them)."""
        return self.url(pg_url_parts(url)[3], self.app, pooled=False)

    def fresh(self, name):
        """An empty orgctl database (a copy of the template); the app login's URL for it."""
        db = f"{self.prefix}_{name}"
        self.sql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        self.sql(f"CREATE DATABASE {db} OWNER {self.owner} TEMPLATE {self.template}")
        if db not in self.databases:
            self.databases.append(db)
        return self.url(db, self.app)

    def teardown(self):
        for db in reversed(self.databases):
            self.sql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)", check=False)
        for role in reversed(self.roles):
            self.sql(f"DROP ROLE IF EXISTS {role}", check=False)


class Pooler:
    """PgBouncer in session mode in front of the throwaway cluster (--pooler):
    each login its own pool, a server process kept warm between commands
    and reset as docs/team-server.md says (`DISCARD ALL` but for its plans)
    when a command lets it go. It trusts the
    cluster's own socket authentication (the throwaway cluster trusts local
    connections), so it lists the suite's two roles and asks no password."""

    PORT = 6432
    # docs/team-server.md's reset: DISCARD ALL but for DISCARD PLANS.
    RESET = "CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; DEALLOCATE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD SEQUENCES; DISCARD TEMP"

    def __init__(self, server, roles):
        host = dict(kv.split("=", 1) for kv in pg_url_parts(server)[4].lstrip("?").split("&") if "=" in kv).get("host")
        if not host or not host.startswith("/"):
            sys.exit("error: --pooler needs the throwaway cluster's socket (not --server)")
        binary = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
        if not os.path.exists(binary):
            sys.exit("error: --pooler needs PgBouncer (apt-get install pgbouncer; pg.sh --pooler installs it as root)")
        self.dir = Path(tempfile.mkdtemp(prefix="orgctl-bench-pgbouncer-"))
        ini = self.dir / "pgbouncer.ini"
        (self.dir / "users.txt").write_text("".join(f'"{r}" ""\n' for r in roles))
        ini.write_text(f"""[databases]
* = host={host}
[pgbouncer]
listen_addr =
listen_port = {self.PORT}
unix_socket_dir = {self.dir}
auth_type = trust
auth_file = {self.dir}/users.txt
pool_mode = session
server_reset_query = {self.RESET}
max_client_conn = 200
default_pool_size = 40
logfile = {self.dir}/pgbouncer.log
pidfile = {self.dir}/pgbouncer.pid
""")
        # PgBouncer refuses to run as root: as the cluster's owner, then.
        run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if run_as:
            subprocess.run(["chown", "-R", "postgres", str(self.dir)], check=True)
        subprocess.run([*run_as, binary, "-d", str(ini)], check=True)
        for _ in range(50):
            if (self.dir / f".s.PGSQL.{self.PORT}").exists():
                break
            time.sleep(0.1)
        self.version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.split("\n")[0]

    def stop(self):
        try:
            os.kill(int((self.dir / "pgbouncer.pid").read_text()), signal.SIGINT)
        except (OSError, ValueError):
            pass
        time.sleep(0.2)
        shutil.rmtree(self.dir, ignore_errors=True)


LOG_DURATION = re.compile(r"LOG:  duration: ([0-9.]+) ms  (parse|bind|execute|statement)[^:]*: (.*)")


def pg_statements(pg, argv, log):
    """Runs `argv` once with every statement of the app login logged
    (log_min_duration_statement = 0): its wall time, and from the server's
    log the statements it executed, the server's time for them (parse, bind
    and execute), and the most frequent statements."""
    pg.sql(f"ALTER ROLE {pg.app} SET log_min_duration_statement = 0")
    try:
        start = os.path.getsize(log)
        t0 = time.perf_counter()
        code = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL).returncode
        wall = time.perf_counter() - t0
    finally:
        pg.sql(f"ALTER ROLE {pg.app} RESET log_min_duration_statement")
    with open(log, encoding="utf-8", errors="replace") as f:
        f.seek(start)
        lines = f.read().splitlines()
    executed, server_ms, kinds, sequence = 0, 0.0, {}, []
    for line in lines:
        m = LOG_DURATION.search(line)
        if not m:
            continue
        duration, step, text = float(m.group(1)), m.group(2), " ".join(m.group(3).split())
        server_ms += duration
        key = text[:70]
        n, t = kinds.get(key, (0, 0.0))
        if step in ("execute", "statement"):
            executed += 1
            n += 1
            sequence.append(text)
        kinds[key] = (n, t + duration)
    top = sorted(kinds.items(), key=lambda kv: -kv[1][0])[:6]
    return {"code": code, "wall": wall, "statements": executed, "server_s": server_ms / 1000, "top": top, "sequence": sequence}


def suite_pg(args):
    """PostgreSQL beside SQLite: start-up, apply, load. The server is --server
    (a superuser's URL); pg.sh starts a throwaway cluster and passes its URL."""
    work = Path(tempfile.mkdtemp(prefix="orgctl-bench-pg-"))
    o = Orgctl(args.orgctl, work)
    pg = Pg(args.server, f"orgctl_bench_{os.getpid()}")
    startup_runs = args.startup_runs or args.runs * 20
    header(args, "PostgreSQL benchmark", args.runs)
    server = pg.sql("SHOW server_version")
    fsync = pg.sql("SHOW fsync")
    print(f"postgresql: {server}, fsync {fsync}, reached as {pg_url_parts(args.server)[1] or 'the current user'} "
          f"over {'a Unix socket' if 'host=/' in args.server or not pg_url_parts(args.server)[2] else 'TCP'}")
    rows = [("measure", "postgresql", "sqlite", "ratio", "target", "verdict")]
    try:
        took = pg.setup(o)
        print(f"init: orgctl init as the database owner in {ms(took)}; commands connect as {pg.app} (LOGIN, linked with --impersonate)")
        if args.pooler:
            pg.pooler = Pooler(args.server, [pg.owner, pg.app])
            print(f"pooler: the app login's commands go through {pg.pooler.version} in session mode "
                  f"(server_reset_query: DISCARD ALL but for its plans), one pool per login")

        # 1. Start-up: the same small data in both stores.
        manifest, lite = work / "startup.toml", work / "startup.db"
        write_scale_manifest(manifest, 10, 10, teams=2, team_size=5)
        url = pg.fresh("startup")
        for db in (lite, url):
            o.run(db, "--as", "u0@bench.test", "-q", "apply", "-f", str(manifest))
        commands = [("whoami", ("--as", "t5@bench.test", "--org", "tiny", "whoami")),
                    ("can-i view-org", ("--as", "t5@bench.test", "--org", "tiny", "can-i", "view-org"))]
        items = []
        for name, c in commands:
            a, b = o.run(url, *c).stdout, o.run(lite, *c).stdout
            if a != b:
                print(f"warning: {name} prints differently on the two stores:\n  postgresql: {a!r}\n  sqlite: {b!r}", file=sys.stderr)
            items += [Item(f"{name} postgresql", o.argv(url, *c)), Item(f"{name} sqlite", o.argv(lite, *c))]
        times = time_items(items, startup_runs, args)
        for (name, _), t_pg, t_lite in zip(commands, times[0::2], times[1::2]):
            rows.append((f"start-up: {name} (median of {startup_runs})", ms(t_pg), ms(t_lite), f"{t_pg / t_lite:.2f}x",
                         "<= 4 ms", verdict(t_pg <= 0.004)))

        startup_statements = []
        if args.server_log:
            for name, c in commands:
                startup_statements.append((name, pg_statements(pg, o.argv(pg.direct(url), *c), args.server_log)))

        # 2. Apply into an empty store, then again (no changes).
        manifest, lite = work / "apply.toml", work / "apply.db"
        admin = "u0@bench.test"
        write_manifest(manifest, args.users, args.teams, args.team_size, args.dashboards, args.grants)
        apply_args = ("--as", admin, "-q", "apply", "-f", str(manifest))
        url = pg.fresh("apply")
        o.run(url, *apply_args)
        remove_store(lite)()
        o.run(lite, *apply_args)
        tables = ["users", "orgs", "members", "teams", "team_members", "dashboards", "dashboard_grants", "audit"]
        c_lite = {t: int(subprocess.run(["sqlite3", str(lite), f"SELECT count(*) FROM {t}"], capture_output=True, text=True, check=True).stdout) for t in tables}
        c_pg = {t: int(pg.sql(f"SELECT count(*) FROM {t}", db=f"{pg.prefix}_apply")) for t in tables}
        total = sum(c_lite.values())
        print(f"manifest: {args.users} users, 1 org with all of them, {args.teams} teams of {args.team_size}, "
              f"{args.dashboards} dashboards with {args.grants} grants each ({manifest.stat().st_size / 1e6:.1f} MB); "
              f"{total} rows: " + ", ".join(f"{t} {c_lite[t]}" for t in tables))
        if c_pg != c_lite:
            print(f"warning: the PostgreSQL store holds different row counts: {c_pg}", file=sys.stderr)
        first_pg = Item("apply postgresql", o.argv(url, *apply_args), lambda: pg.fresh("apply"))
        first_lite = Item("apply sqlite", o.argv(lite, *apply_args), remove_store(lite))
        t_pg, t_lite = time_items([first_pg, first_lite], args.runs, args)
        rows.append((f"apply into an empty store, {total} rows", ms(t_pg), ms(t_lite), f"{t_pg / t_lite:.2f}x", "", ""))
        # Both stores are full after the last run.
        r = o.run(url, "--as", admin, "apply", "-f", str(manifest))
        says = (r.stdout + r.stderr).strip().splitlines()[-1:]
        second = time_items([Item("second apply postgresql", o.argv(url, *apply_args)),
                             Item("second apply sqlite", o.argv(lite, *apply_args))], args.runs, args)
        rows.append(("second apply (no changes)", f"{ms(second[0])} ({second[0] / t_pg:.2f}x first)",
                     ms(second[1]), f"{second[0] / second[1]:.2f}x", "<= 1x first", verdict(second[0] <= t_pg)))
        print(f"second apply on PostgreSQL says: {' '.join(says)}")
        # A write in that org of {args.users} members: `member add` of a
        # member changes nothing, so it repeats, and asks first whether
        # anything has ended in the org (the sweep), as every write does.
        write_args = ("--as", admin, "--org", "bench", "-q", "member", "add", "u5@bench.test")
        t_write = time_items([Item("write postgresql", o.argv(url, *write_args)),
                              Item("write sqlite", o.argv(lite, *write_args))], startup_runs, args)
        rows.append((f"a write in the org of {args.users} members (median of {startup_runs})", ms(t_write[0]), ms(t_write[1]),
                     f"{t_write[0] / t_write[1]:.2f}x", "", ""))
        statements = None
        if args.server_log:
            pg.fresh("apply")
            statements = pg_statements(pg, o.argv(pg.direct(url), *apply_args), args.server_log)
            statements_again = pg_statements(pg, o.argv(pg.direct(url), *apply_args), args.server_log)

        # 3. Load: writers at once on one PostgreSQL store, then the same on a SQLite store.
        url = pg.fresh("load")
        elapsed, failed, errors, check, outcome = load(o, args, url, args.writers, args.changes, work)
        lite_work = work / "load-sqlite"
        lite_work.mkdir()
        l_elapsed, l_failed, l_errors, l_check, l_outcome = load(o, args, lite_work / "load.db", args.writers, args.changes, lite_work)
        done = args.writers * args.changes
        rate, l_rate = (done - failed) / elapsed, (done - l_failed) / l_elapsed
        rows.append((f"load: {args.writers} writers x {args.changes} changes", f"{rate:.0f} changes/s", f"{l_rate:.0f} changes/s",
                     f"{rate / l_rate:.2f}x", "", ""))
        rows.append(("load: failed commands, db check", f"{failed} of {done}, exit {check}", f"{l_failed} of {done}, exit {l_check}", "",
                     "0, exit 0", verdict(failed == 0 and check == 0)))
        rows.append(("load: outcome (below)", "ok" if load_outcome_ok(outcome, args.writers) else "wrong",
                     "ok" if load_outcome_ok(l_outcome, args.writers) else "wrong", "", "as planned",
                     verdict(load_outcome_ok(outcome, args.writers))))
        # What a write command costs the machine, every process counted: a
        # writer's commands in turn, in an org of their own on each store.
        # Only for the cluster pg.sh started: its processes are this machine's.
        cpu = None
        if args.server_log:
            seed, lite_cpu = work / "cpu.seed.toml", work / "cpu.db"
            seed.write_text(f'[[users]]\nemail = "{LOAD_BOSS}"\nname = "Boss"\n\n'
                            f'[[orgs]]\nslug = "{LOAD_ORGS[0]}"\n\n  [[orgs.members]]\n  email = "{LOAD_BOSS}"\n  role = "admin"\n')
            url = pg.fresh("cpu")
            plan = load_plan(0, 80)[0]
            cpu = []
            servers = ("postgres", "pgbouncer") if args.pooler else ("postgres",)
            for db, server in ((url, servers), (lite_cpu, ())):
                o.run(db, "--as", LOAD_BOSS, "-q", "apply", "-f", str(seed))
                cpu.append(cpu_per_command(o, db, LOAD_BOSS, LOAD_ORGS[0], plan, server))
            c_pg, c_lite = sum(cpu[0].values()), sum(cpu[1].values())
            rows.append((f"CPU per write command ({len(plan)} in turn, all processes)", ms(c_pg), ms(c_lite),
                         f"{c_pg / c_lite:.2f}x", "", ""))
        print()
        table(rows)
        if cpu:
            cpus = os.cpu_count() or 1
            print("CPU per write command on PostgreSQL: " + ", ".join(f"{k} {ms(v)}" for k, v in cpu[0].items())
                  + f"; on SQLite: orgctl {ms(cpu[1]['orgctl'])}. With every process on this machine's {cpus} CPU(s), "
                  f"writers at once reach at most about {cpus / c_pg:.0f} changes/s on PostgreSQL and "
                  f"{cpus / c_lite:.0f} on SQLite ({c_lite / c_pg:.2f}x)")
        print(f"load on PostgreSQL: {done} changes in {elapsed:.2f} s; {load_outcome_text(outcome, args.writers)}")
        print(f"load on SQLite: {done} changes in {l_elapsed:.2f} s; {load_outcome_text(l_outcome, args.writers)}")
        errors += [f"(sqlite) {e}" for e in l_errors]
        for e in errors:
            print(f"load failure: {e}")
        if startup_statements:
            print()
            for name, st in startup_statements:
                print(f"{name} on PostgreSQL: {st['statements']} statements, {ms(st['server_s'])} of server time, in order:")
                for text in st["sequence"]:
                    print(f"  {text[:110]}")
        if statements:
            print()
            for title, st in (("apply into an empty store", statements), ("second apply", statements_again)):
                print(f"where {title}'s time goes on PostgreSQL (one run with log_min_duration_statement = 0, "
                      f"{ms(st['wall'])} wall, exit {st['code']}): {st['statements']} statements executed, "
                      f"{ms(st['server_s'])} of server time (parse, bind, execute), "
                      f"{ms(st['wall'] - st['server_s'])} in orgctl, the protocol and logging; the most frequent:")
                for text, (n, t) in st["top"]:
                    print(f"  {n:>7}  {t:>9.1f} ms  {text}")
        elif not args.server_log:
            print("(statement counts need the server's log: pg.sh shows them for the cluster it starts)")
    finally:
        if pg.pooler:
            pg.pooler.stop()
        if args.keep:
            print(f"kept {work} and the databases " + ", ".join(pg.databases) + f" (owner {pg.owner}, app login {pg.app})")
        else:
            pg.teardown()
            shutil.rmtree(work, ignore_errors=True)


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
    g = sub.add_parser("pg", help="PostgreSQL beside SQLite: start-up, apply, 16-writer load")
    g.add_argument("--server", required=True, help="a superuser's URL on the server to measure")
    g.add_argument("--server-log", help="the server's log file, to count apply's statements")
    g.add_argument("--pooler", action="store_true", help="the app login's commands through PgBouncer in session mode")
    g.add_argument("--startup-runs", type=int, default=0, help="pairs of start-up runs (default 20 x --runs)")
    g.add_argument("--users", type=int, default=10_000)
    g.add_argument("--teams", type=int, default=100)
    g.add_argument("--team-size", type=int, default=100)
    g.add_argument("--dashboards", type=int, default=1_000)
    g.add_argument("--grants", type=int, default=2)
    g.add_argument("--writers", type=int, default=16)
    g.add_argument("--changes", type=int, default=200, help="changes per writer")
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
    elif args.suite == "pg":
        suite_pg(args)
    else:
        suite_run(args)


if __name__ == "__main__":
    main()

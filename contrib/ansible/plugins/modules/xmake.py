#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: xmake contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Runs xmake on an onboarding tree and turns its JSON run report into an Ansible result."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r"""
---
module: xmake
short_description: Run xmake targets on an X-Spot onboarding tree
version_added: "1.0.0"
description:
  - Runs C(xmake --format=json) in an onboarding tree (the directory with C(version) and
    C(conf/env.cfg)) and returns xmake's JSON run report.
  - C(changed) is true when any step of any target reports C(changed), so a second run of the
    same targets is green and counts as C(changed=0) in the play recap.
  - "The task fails when xmake exits with a status other than 0 or when any step failed; the
    failing step's C(target/step: detail) is the message."
  - In check mode xmake runs with C(-n) (plan only, nothing is changed on the node, not even
    xmake's own C(.xmake/) state). With C(--diff), xmake's text plan (its actions and the
    unified diffs of file contents, secrets already redacted by xmake) is returned as the
    task's diff, so C(ansible-playbook --check --diff) previews a whole fleet.
  - Targets xmake does not run natively run from the tree's Makefile recipe (xmake falls back
    exactly as GNU make would). Such a target prints no JSON; it is reported in
    C(recipe_targets) and counts as changed when it ran (its output is in C(stderr): with
    --format=json xmake keeps stdout for the JSON document).
  - O(runbook=upgrade) runs the whole upgrade of one controller (C(xmake --runbook=upgrade),
    that is check-config, image-folder, base, build-image, upgrade, sync-config-preview,
    sync-config, deploy and restart-post-docker) and reports one entry per runbook target.
  - A target that would overwrite files an admin may have edited asks first: C(sync-config)
    (alone or in the runbook) when tree files differ from C(/etc/xspot), C(controller) and
    C(upgrade) for C(/etc/xspot) files xmake has no record of installing. Without a terminal
    xmake never waits: the step C(confirm) fails, naming C(--yes), and nothing is changed; so
    give O(yes=true) to a task that applies them.
  - C(restart-post-docker) restarts post-docker every time it runs (that is what it is for), so
    a runbook run always reports C(changed). The C(rolling_upgrade) playbook plans first
    (check mode) and leaves a node alone when only that step has work.
  - The module never prints the environment; xmake redacts secret values in every output.
author:
  - xmake contributors
options:
  chdir:
    description:
      - The onboarding tree xmake runs in (C(xmake -C DIR)).
    type: path
    required: true
  target:
    description:
      - The goals, in the order they run. An empty list runs the Makefile's default goal (or
        the O(runbook)).
    type: list
    elements: str
    default: []
    aliases: [targets, goals]
  root:
    description:
      - A root prefix for every absolute path native targets read and write (C(--root)). xmake
        refuses any Makefile recipe under a root prefix.
    type: path
  runbook:
    description:
      - Run one of xmake's runbooks (C(--runbook=NAME)) instead of goals; C(upgrade) is the
        upgrade procedure. A runbook takes no goals, so O(target) must be empty.
    type: str
  "yes":
    description:
      - Answer yes to xmake's confirmations (C(--yes)): the question before C(sync-config),
        C(controller) or C(upgrade) overwrites files an admin may have edited.
    type: bool
    default: false
  wait_timeout:
    description:
      - How long xmake waits for what it waits on (C(--timeout=VALUE)), C(restart-post-docker)
        for post-docker's success lines and C(upgrade --drain) for the node's jobs, as
        xmake reads it (C(90), C(5s), C(30m), C(1h)). Unset, xmake's default (30 minutes).
    type: str
    version_added: "2.0.0"
  timeout:
    description:
      - Stop xmake after this many seconds (C(timeout) from coreutils, TERM then KILL 30 s
        later). 0 waits for ever. xmake's journal lets the next run finish what was cut off.
    type: int
    default: 0
  extra_args:
    description:
      - More arguments for xmake, placed before the goals (for example C(-k) or C(-B)).
    type: list
    elements: str
    default: []
  executable:
    description:
      - The xmake program, a name looked up on E(PATH) or a path.
    type: str
    default: xmake
notes:
  - Check mode and diff mode are supported.
  - The module runs xmake with E(NO_COLOR=1).
"""

EXAMPLES = r"""
- name: Make the image folder and deploy the tree
  xspot.xmake.xmake:
    chdir: /nfs-apps/exostellar/onboarding
    target: [image-folder, deploy]

- name: Check the settings only
  xspot.xmake.xmake:
    chdir: /nfs-apps/exostellar/onboarding
    target: check-config

- name: Upgrade this controller (the whole procedure, post-docker waited for up to 45 minutes)
  xspot.xmake.xmake:
    chdir: /nfs-apps/exostellar/onboarding
    runbook: upgrade
    "yes": true
    wait_timeout: 45m

- name: Copy the working configuration into the tree (overwriting the tree's copies)
  xspot.xmake.xmake:
    chdir: /nfs-apps/exostellar/onboarding
    target: sync-config
    "yes": true

- name: Preview every step (run the play with --check --diff)
  xspot.xmake.xmake:
    chdir: /nfs-apps/exostellar/onboarding
    target: [sync-config, deploy]
  check_mode: true
"""

RETURN = r"""
report:
  description:
    - xmake's JSON run report (C(targets) with their C(name), C(mode) and C(steps), each step's
      C(name), C(status) and C(detail); C(summary) with the counts of C(ok), C(changed),
      C(skipped) and C(failed) steps). Targets that ran from the Makefile recipe are added with
      C(mode=recipe) and no steps. When C(check-config) is the only goal, xmake prints its
      diagnostics document instead; it becomes one C(check-config) step (failed on errors) and
      the document is kept as C(check_config).
  returned: always
  type: dict
  sample:
    targets:
      - name: image-folder
        mode: native
        steps:
          - name: release-dir
            status: changed
            detail: create /nfs-apps/exostellar/images/2.4.1
    summary: {ok: 1, changed: 1, skipped: 0, failed: 0}
recipe_targets:
  description: The goals that ran (or, in check mode, would run) from the Makefile recipe.
  returned: always
  type: list
  elements: str
failed_step:
  description: The first failed step, C(target), C(step) and C(detail).
  returned: when a step failed
  type: dict
cmd:
  description: The xmake command line.
  returned: always
  type: list
  elements: str
rc:
  description: xmake's exit status.
  returned: always
  type: int
stdout:
  description: xmake's standard output without the JSON document (what recipes printed).
  returned: always
  type: str
stderr:
  description: xmake's standard error (diagnostics, warnings).
  returned: always
  type: str
"""

import json

from ansible.module_utils.basic import AnsibleModule

STATUSES = ("ok", "changed", "skipped", "failed")
TIMEOUT_STATUS = 124
KILL_GRACE_SECONDS = 30


def empty_report():
    """A report with no targets, the shape of xmake's own."""
    return {"targets": [], "summary": dict((s, 0) for s in STATUSES)}


def is_document(doc):
    """xmake's run report, or check-config's own document (when it is the only goal)."""
    return isinstance(doc, dict) and ("targets" in doc or ("diagnostics" in doc and "ok" in doc))


def check_config_report(doc):
    """check-config alone prints its diagnostics document; as a run report it is one step
    (failed on errors, with the first error's message), the diagnostics kept beside it."""
    diagnostics = [d for d in doc.get("diagnostics") or [] if isinstance(d, dict)]
    errors = [d for d in diagnostics if d.get("severity") == "error"]
    ok = bool(doc.get("ok")) and not errors
    if ok:
        detail = "%s errors, %s warnings" % (doc.get("errors", 0), doc.get("warnings", 0))
    else:
        first = errors[0] if errors else {}
        detail = "%s:%s: %s" % (first.get("file", "conf/env.cfg"), first.get("line", "?"), first.get("message", "errors"))
    status = "ok" if ok else "failed"
    report = empty_report()
    report["targets"].append(
        {"name": "check-config", "mode": "native", "steps": [{"name": "check-config", "status": status, "detail": detail}]}
    )
    report["summary"][status] = 1
    report["check_config"] = doc
    return report


def as_report(doc):
    return doc if "targets" in doc else check_config_report(doc)


def parse_report(stdout):
    """Finds xmake's JSON document in stdout: the whole of it, or (when recipes printed too)
    the first line that opens an object. Returns (report or None, text outside it)."""
    text = stdout.strip()
    if not text:
        return None, ""
    try:
        doc = json.loads(text)
        if is_document(doc):
            return as_report(doc), ""
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    offset = 0
    for line in stdout.splitlines(True):
        if line.rstrip() == "{":
            try:
                doc, end = decoder.raw_decode(stdout, offset)
            except ValueError:
                doc = None
            if is_document(doc):
                # raw_decode's end is an index into the whole string.
                return as_report(doc), stdout[:offset] + stdout[end:]
        offset += len(line)
    return None, stdout


def steps(report):
    """Every (target name, step) pair of a report, in order."""
    for target in report.get("targets") or []:
        if not isinstance(target, dict):
            continue
        for step in target.get("steps") or []:
            if isinstance(step, dict):
                yield target.get("name", "?"), step


def first_failed_step(report):
    for target, step in steps(report):
        if step.get("status") == "failed":
            return {"target": target, "step": step.get("name", "?"), "detail": step.get("detail", "")}
    return None


def any_step_changed(report):
    return any(step.get("status") == "changed" for _target, step in steps(report))


def recipe_goals(report, goals):
    """The goals the report does not show as native: they ran from the recipe."""
    native = set(
        t.get("name") for t in report.get("targets") or [] if isinstance(t, dict) and t.get("mode") != "recipe"
    )
    return [g for g in goals if g not in native]


def last_xmake_line(stderr):
    """xmake's own last message on stderr (`xmake: …`), for a failure without a failed step."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in reversed(lines):
        if line.startswith("xmake:"):
            return line
    return lines[-1] if lines else ""


def all_up_to_date(output, goals):
    """GNU make's words for a recipe goal with nothing to do."""
    if not goals:
        return False
    return all(
        ("Nothing to be done for '%s'" % g) in output or ("'%s' is up to date" % g) in output for g in goals
    )


def build_command(module, xmake, dry_run, text):
    p = module.params
    cmd = [xmake, "-C", p["chdir"]]
    if p["root"]:
        cmd += ["--root", p["root"]]
    if p["runbook"]:
        cmd.append("--runbook=%s" % p["runbook"])
    if p["yes"]:
        cmd.append("--yes")
    if p["wait_timeout"]:
        cmd.append("--timeout=%s" % p["wait_timeout"])
    if not text:
        cmd.append("--format=json")
    if dry_run:
        cmd.append("-n")
    cmd += p["extra_args"]
    if p["target"]:
        # `--` keeps a goal that starts with `-` a goal.
        cmd.append("--")
        cmd += p["target"]
    if p["timeout"] > 0:
        timeout = module.get_bin_path("timeout", required=True)
        cmd = [timeout, "--kill-after=%d" % KILL_GRACE_SECONDS, str(p["timeout"])] + cmd
    return cmd


def run(module, cmd):
    return module.run_command(cmd, environ_update={"NO_COLOR": "1"}, check_rc=False)


def plan_text(module, xmake):
    """xmake's text plan (`-n`): the actions and diffs of every step, for diff mode."""
    rc, out, _err = run(module, build_command(module, xmake, dry_run=True, text=True))
    return out if rc == 0 else ""


def summarize(module, cmd, rc, stdout, stderr):
    """The module's result from one xmake run."""
    goals = module.params["target"]
    report, rest = parse_report(stdout)
    if report is None:
        report = empty_report()
    recipes = recipe_goals(report, goals) if goals or rest.strip() else []
    listed = set(t.get("name") for t in report.get("targets") or [] if isinstance(t, dict))
    for goal in recipes:
        # xmake lists recipe goals itself (mode "recipe"); older versions did not.
        if goal not in listed:
            report.setdefault("targets", []).append({"name": goal, "mode": "recipe", "steps": []})
    failed_step = first_failed_step(report)
    changed = any_step_changed(report)
    if recipes and rc == 0:
        if module.check_mode:
            changed = changed or bool(rest.strip())
        else:
            changed = changed or not all_up_to_date(rest + stderr, recipes)
    result = dict(
        changed=changed,
        report=report,
        recipe_targets=recipes,
        cmd=cmd,
        rc=rc,
        stdout=rest,
        stderr=stderr,
    )
    if failed_step is not None:
        result["failed_step"] = failed_step
        result["msg"] = "%s/%s: %s" % (failed_step["target"], failed_step["step"], failed_step["detail"])
    elif rc == TIMEOUT_STATUS and module.params["timeout"] > 0:
        result["msg"] = "xmake did not finish within %d seconds" % module.params["timeout"]
    elif rc != 0:
        result["msg"] = last_xmake_line(stderr) or "xmake exited with status %d" % rc
    return result


def main():
    module = AnsibleModule(
        argument_spec=dict(
            chdir=dict(type="path", required=True),
            target=dict(type="list", elements="str", default=[], aliases=["targets", "goals"]),
            root=dict(type="path"),
            runbook=dict(type="str"),
            yes=dict(type="bool", default=False),
            wait_timeout=dict(type="str"),
            timeout=dict(type="int", default=0),
            extra_args=dict(type="list", elements="str", default=[]),
            executable=dict(type="str", default="xmake"),
        ),
        supports_check_mode=True,
    )
    if module.params["runbook"] and module.params["target"]:
        module.fail_json(msg="a runbook takes no goals: give either runbook or target")
    if module.params["timeout"] < 0:
        module.fail_json(msg="timeout must be 0 (no limit) or a number of seconds")
    executable = module.params["executable"]
    xmake = executable if "/" in executable else module.get_bin_path(executable, required=True)

    plan = plan_text(module, xmake) if module._diff else ""
    cmd = build_command(module, xmake, dry_run=module.check_mode, text=False)
    rc, stdout, stderr = run(module, cmd)
    result = summarize(module, cmd, rc, stdout, stderr)
    if module._diff and result["changed"] and plan:
        result["diff"] = {"prepared": plan}
    if rc != 0 or "failed_step" in result:
        module.fail_json(**result)
    module.exit_json(**result)


if __name__ == "__main__":
    main()

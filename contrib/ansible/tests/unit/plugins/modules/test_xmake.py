"""Unit tests of the xmake module's report handling (no xmake run): finding the JSON document
among recipe output, check-config's own document, changed/failed steps, recipe goals."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import json
import unittest

from ansible_collections.xspot.xmake.plugins.modules import xmake

REPORT = {
    "targets": [
        {
            "name": "image-folder",
            "mode": "native",
            "steps": [
                {"name": "image-deploy-dir", "status": "ok", "detail": "exists"},
                {"name": "release-dir", "status": "changed", "detail": "create /x/2.4.1"},
            ],
        },
        {
            "name": "deploy",
            "mode": "native",
            "steps": [{"name": "snapshot", "status": "failed", "detail": "no space"}],
        },
    ],
    "summary": {"ok": 1, "changed": 1, "skipped": 0, "failed": 1},
}


class ParseReport(unittest.TestCase):
    def test_whole_document(self):
        report, rest = xmake.parse_report(json.dumps(REPORT, indent=2) + "\n")
        self.assertEqual(report, REPORT)
        self.assertEqual(rest, "")

    def test_document_among_recipe_output(self):
        out = "echo hi\nhi\n" + json.dumps(REPORT, indent=2) + "\nbye\n"
        report, rest = xmake.parse_report(out)
        self.assertEqual(report, REPORT)
        self.assertEqual(rest, "echo hi\nhi\n\nbye\n")

    def test_no_document(self):
        self.assertEqual(xmake.parse_report("targets: a b\n"), (None, "targets: a b\n"))
        self.assertEqual(xmake.parse_report(""), (None, ""))
        # An object that is not xmake's is recipe output.
        self.assertEqual(xmake.parse_report('{\n"a": 1}\n')[0], None)

    def test_check_config_document(self):
        doc = {
            "diagnostics": [
                {"severity": "warning", "file": "conf/env.cfg", "line": 3, "message": "w"},
                {"severity": "error", "file": "conf/env.cfg", "line": 9, "message": "bad"},
            ],
            "errors": 1,
            "warnings": 1,
            "ok": False,
        }
        report, _rest = xmake.parse_report(json.dumps(doc))
        step = report["targets"][0]["steps"][0]
        self.assertEqual((step["status"], step["detail"]), ("failed", "conf/env.cfg:9: bad"))
        self.assertEqual(report["summary"]["failed"], 1)
        self.assertEqual(report["check_config"], doc)


class Steps(unittest.TestCase):
    def test_changed_and_failed(self):
        self.assertTrue(xmake.any_step_changed(REPORT))
        self.assertEqual(
            xmake.first_failed_step(REPORT), {"target": "deploy", "step": "snapshot", "detail": "no space"}
        )
        self.assertFalse(xmake.any_step_changed(xmake.empty_report()))
        self.assertIsNone(xmake.first_failed_step({"targets": [None, {"steps": ["x"]}]}))

    def test_recipe_goals(self):
        self.assertEqual(xmake.recipe_goals(REPORT, ["image-folder", "upgrade", "deploy"]), ["upgrade"])

    def test_messages(self):
        self.assertEqual(xmake.last_xmake_line("warn\nxmake: *** No rule\n\n"), "xmake: *** No rule")
        self.assertTrue(xmake.all_up_to_date("make: Nothing to be done for 'a'.", ["a"]))
        self.assertFalse(xmake.all_up_to_date("ran a", ["a"]))


class FakeModule(object):
    """The two things build_command asks of AnsibleModule."""

    def __init__(self, **params):
        self.params = dict(root=None, runbook=None, yes=False, wait_timeout=None, timeout=0, extra_args=[], target=[])
        self.params.update(params)

    def get_bin_path(self, name, required=False):
        return "/usr/bin/" + name


class BuildCommand(unittest.TestCase):
    def test_runbook_yes_wait_timeout_and_dry_run(self):
        module = FakeModule(chdir="/t", root="/r", runbook="upgrade", yes=True, wait_timeout="45m", extra_args=["-k"])
        self.assertEqual(
            xmake.build_command(module, "xmake", dry_run=True, text=False),
            ["xmake", "-C", "/t", "--root", "/r", "--runbook=upgrade", "--yes", "--timeout=45m", "--format=json", "-n", "-k"],
        )
        module = FakeModule(chdir="/t", target=["-x", "deploy"], timeout=60)
        self.assertEqual(
            xmake.build_command(module, "xmake", dry_run=False, text=True),
            ["/usr/bin/timeout", "--kill-after=30", "60", "xmake", "-C", "/t", "--", "-x", "deploy"],
        )


if __name__ == "__main__":
    unittest.main()

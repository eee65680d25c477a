"""The structure of the playbooks that touch running database processes:
nothing but rolling.yml ever restarts mongod or mongos; OS changes go one host
at a time; rolling.yml goes members before routers, one at a time, with the
balancer stopped around upgrades, and steps a primary down before its restart.
(The restart order itself is exercised by rolling_plan_test.sh.)"""
import sys
import unittest
from pathlib import Path

import yaml

ANSIBLE = Path(__file__).resolve().parent.parent / "ansible"
SERVICE_MODULES = {"ansible.builtin.systemd_service", "ansible.builtin.systemd", "ansible.builtin.service",
                   "systemd_service", "systemd", "service"}
DB_UNITS = {"mongod", "mongos", "mongod.service", "mongos.service"}


def load(path):
    return yaml.safe_load(Path(path).read_text()) or []


def tasks_of(items):
    """Flattens blocks."""
    for t in items or []:
        yield t
        for key in ("block", "rescue", "always"):
            yield from tasks_of(t.get(key))


def touches_db_process(task):
    for module in SERVICE_MODULES:
        args = task.get(module)
        if isinstance(args, dict) and args.get("name") in DB_UNITS and args.get("state") in ("restarted", "stopped", "reloaded"):
            return True
    for module in ("ansible.builtin.command", "ansible.builtin.shell", "command", "shell"):
        text = str(task.get(module, ""))
        if "systemctl" in text and any(u in text for u in ("mongod", "mongos")):
            return True
    return False


class PlaybookTest(unittest.TestCase):
    def test_only_rolling_yml_restarts_database_processes(self):
        for path in sorted(ANSIBLE.glob("roles/*/*/*.yml")):
            if path.parent.name not in ("tasks", "handlers"):
                continue
            for t in tasks_of(load(path)):
                self.assertFalse(touches_db_process(t), f"{path.relative_to(ANSIBLE)}: {t.get('name')}")
        for play in load(ANSIBLE / "site.yml"):
            for t in tasks_of(play.get("tasks")):
                self.assertFalse(touches_db_process(t), t.get("name"))

    def test_os_plays_go_one_host_at_a_time(self):
        os_roles = {"mongo_repo", "mongo_os", "mongo_security"}
        plays = [p for p in load(ANSIBLE / "site.yml") if os_roles & set(p.get("roles", []))]
        self.assertTrue(plays)
        for p in plays:
            self.assertEqual(p.get("serial"), 1, p["name"])

    def expanded(self, name):
        out = []
        for p in load(ANSIBLE / name):
            out.extend(self.expanded(p["ansible.builtin.import_playbook"]) if "ansible.builtin.import_playbook" in p else [p])
        return out

    def rolling(self):
        return self.expanded("rolling.yml")

    def test_rolling_order_of_plays(self):
        names = [p["hosts"] for p in self.rolling()]
        self.assertEqual(names[0], "configsvr:shardsvr")  # read states
        self.assertEqual(names[1], "localhost")  # plan and refuse when unsafe
        self.assertEqual(names[2], "mongos[0]")  # balancer off
        self.assertIn("rolling_order", names[3])  # members, in the planned order
        self.assertEqual(names[4], "mongos")  # routers after every member
        self.assertEqual(names[5], "mongos[0]")  # balancer on
        self.assertEqual(len(names), 6)

    def test_one_member_and_one_router_at_a_time_stopping_at_the_first_failure(self):
        plays = self.rolling()
        for p in (plays[3], plays[4]):
            self.assertEqual(p.get("serial"), 1, p["name"])
            self.assertEqual(p.get("max_fail_percentage"), 0, p["name"])

    def test_primary_steps_down_before_restart_and_next_waits_for_catch_up(self):
        names = [t["name"] for t in self.rolling()[3]["tasks"]]
        step, restart, wait = (next(i for i, n in enumerate(names) if k in n.lower())
                               for k in ("step down", "restart mongod", "caught up"))
        self.assertLess(step, restart)
        self.assertLess(restart, wait)
        self.assertIn("planned order", names[0])

    def test_balancer_stopped_around_upgrades(self):
        plays = self.rolling()
        stop = list(tasks_of(plays[2]["tasks"]))
        start = list(tasks_of(plays[5]["tasks"]))
        self.assertTrue(any(t.get("environment", {}).get("MONGO_INIT_BALANCER") == "stop" for t in stop))
        self.assertTrue(any(t.get("environment", {}).get("MONGO_INIT_BALANCER") == "start" for t in start))
        self.assertIn("mongo_version | length > 0", stop[0]["when"])
        self.assertEqual(stop[0]["when"], start[0]["when"])

    def test_plan_refuses_a_single_router_and_unhealthy_sets(self):
        text = (ANSIBLE / "rolling-plan.yml").read_text()
        self.assertIn("groups['mongos'] | length >= 2", text)
        self.assertIn("select('equalto', 'PRIMARY') | list | length == 1", text)

    def test_backup_locks_only_with_the_balancer_stopped_and_always_cleans_up(self):
        plays = self.expanded("backup.yml")
        self.assertEqual([p["hosts"] for p in plays], ["configsvr:shardsvr", "localhost", "mongos[0]", "localhost"])
        block = plays[3]["tasks"][0]
        env = [t.get("environment", {}) for t in block["block"]]
        self.assertEqual(env[0].get("MONGO_INIT_BALANCER"), "stop")
        self.assertEqual(env[1].get("MONGO_INIT_FSYNC"), "lock")
        self.assertIn("snapshot-member.sh", block["block"][2]["ansible.builtin.command"])
        cleanup = [t.get("environment", {}) for t in block["always"]]
        self.assertEqual(cleanup[0].get("MONGO_INIT_FSYNC"), "unlock")
        self.assertEqual(cleanup[1].get("MONGO_INIT_BALANCER"), "start")
        # the same members are locked, snapshotted and unlocked
        self.assertEqual(block["block"][1]["loop"], block["block"][2]["loop"])
        self.assertEqual(block["block"][1]["loop"], block["always"][0]["loop"])


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())

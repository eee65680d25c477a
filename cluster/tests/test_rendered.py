"""Asserts on every file the Ansible roles render for the sample inventory
(produced by ansible/render.yml into $RENDER_DIR/<host>.json), and on a variant
rendered with x.509 member auth and MongoDB 8.0 ($RENDER_VARIANT_DIR)."""
import json
import os
import shlex
import sys
import unittest
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml

HERE = Path(__file__).resolve().parent
INVENTORY = HERE.parent / "ansible" / "inventory" / "sample.yml"
RENDER_DIR = Path(os.environ.get("RENDER_DIR", ""))
VARIANT_DIR = Path(os.environ.get("RENDER_VARIANT_DIR", ""))
DUMMY_SECRETS = [os.environ.get(k, "") for k in ("MOVIEDB_MONGO_API_PASSWORD", "MOVIEDB_MONGO_MONITOR_PASSWORD")]
PORTS = {"configsvr": 27019, "shardsvr": 27018, "mongos": 27017}


def load_inventory():
    """{rs or group name: [(host, vars)]} in inventory order, from the sample inventory."""
    inv = yaml.safe_load(INVENTORY.read_text())["all"]["children"]
    out = {}
    for kind in ("configsvr", "shardsvr"):
        for rs, body in inv[kind]["children"].items():
            out[rs] = {"kind": kind, "hosts": list(body["hosts"].items())}
    out["mongos"] = {"kind": "mongos", "hosts": list(inv["mongos"]["hosts"].items())}
    out["api"] = {"kind": "api", "hosts": list(inv["api"]["hosts"].items())}
    return out


def env_file(text):
    """NAME='value' lines -> dict (what bash `set -a; . file` would export)."""
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            parts = shlex.split(value)
            out[name] = parts[0] if parts else ""
    return out


class Rendered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not RENDER_DIR.is_dir():
            raise unittest.SkipTest("RENDER_DIR not set: run via cluster/tests/run-checks.sh")
        cls.inv = load_inventory()
        cls.files = {p.stem: json.loads(p.read_text()) for p in RENDER_DIR.glob("*.json")}

    def members(self, rs):
        port = PORTS[self.inv[rs]["kind"]]
        return [f"{v['mongo_host']}:{port}" for _, v in self.inv[rs]["hosts"]]

    def mongod_hosts(self):
        for rs, group in self.inv.items():
            if group["kind"] in ("configsvr", "shardsvr"):
                for host, hv in group["hosts"]:
                    yield rs, group["kind"], host, hv

    def test_every_host_was_rendered(self):
        expected = {h for g in self.inv.values() for h, _ in g["hosts"]}
        self.assertEqual(set(self.files), expected)

    def check_net(self, conf, hv, port):
        net = conf["net"]
        self.assertEqual(net["port"], port)
        bind = [a.strip() for a in str(net["bindIp"]).split(",")]
        self.assertEqual(bind, ["127.0.0.1", hv["private_ip"]])
        self.assertNotIn("0.0.0.0", bind)
        self.assertNotIn("::", bind)
        self.assertNotIn("bindIpAll", net)
        tls = net["tls"]
        self.assertEqual(tls["mode"], "requireTLS")
        self.assertEqual(tls["CAFile"], "/etc/mongodb/tls/ca.pem")
        self.assertEqual(tls["certificateKeyFile"], "/etc/mongodb/tls/node.pem")
        self.assertIn("TLS1_0", tls["disabledProtocols"])
        self.assertIn("TLS1_1", tls["disabledProtocols"])

    def test_mongod_conf_per_role(self):
        for rs, kind, host, hv in self.mongod_hosts():
            with self.subTest(host=host):
                conf = yaml.safe_load(self.files[host]["/etc/mongod.conf"])
                self.check_net(conf, hv, PORTS[kind])
                self.assertEqual(conf["replication"]["replSetName"], rs)
                self.assertEqual(conf["sharding"]["clusterRole"], kind)
                self.assertEqual(conf["security"]["authorization"], "enabled")
                self.assertEqual(conf["security"]["clusterAuthMode"], "keyFile")
                self.assertEqual(conf["security"]["keyFile"], "/etc/mongodb/keyfile")
                self.assertEqual(conf["storage"]["dbPath"], "/var/lib/mongodb")
                self.assertEqual(conf["systemLog"]["logRotate"], "reopen")

    def test_replica_set_names_are_distinct_per_shard(self):
        names = {yaml.safe_load(self.files[h]["/etc/mongod.conf"])["replication"]["replSetName"]
                 for _, kind, h, _ in self.mongod_hosts() if kind == "shardsvr"}
        self.assertEqual(names, {"shard0", "shard1"})

    def test_replset_init_inputs(self):
        for rs, kind, host, _ in self.mongod_hosts():
            with self.subTest(host=host):
                env = env_file(self.files[host]["/opt/moviedb-init/replset.env"])
                self.assertEqual(env["MONGO_INIT_RS_NAME"], rs)
                members = env["MONGO_INIT_RS_MEMBERS"].split(",")
                self.assertEqual(members, self.members(rs))
                self.assertEqual(len(members), 3)
                self.assertEqual(env["MONGO_INIT_RS_CONFIGSVR"], "true" if kind == "configsvr" else "false")
                self.assertEqual(env["MONGO_INIT_RS_LOCAL_ADMIN"], "false" if kind == "configsvr" else "true")
                uri = urlsplit(env["MONGO_INIT_URI"])
                self.assertEqual(uri.hostname, "127.0.0.1")  # localhost exception needs loopback
                self.assertEqual(uri.port, PORTS[kind])
                self.assertEqual(parse_qs(uri.query)["tls"], ["true"])
                self.assertNotIn("PASSWORD", self.files[host]["/opt/moviedb-init/replset.env"])

    def test_mongos_conf(self):
        for host, hv in self.inv["mongos"]["hosts"]:
            conf = yaml.safe_load(self.files[host]["/etc/mongos.conf"])
            self.check_net(conf, hv, 27017)
            self.assertEqual(conf["sharding"]["configDB"], "cfgrs/" + ",".join(self.members("cfgrs")))
            self.assertNotIn("authorization", conf["security"])  # not a mongos option
            self.assertEqual(conf["security"]["keyFile"], "/etc/mongodb/keyfile")
            self.assertNotIn("replication", conf)
            self.assertNotIn("storage", conf)
            unit = self.files[host]["/etc/systemd/system/mongos.service"]
            self.assertIn("ExecStart=/usr/bin/mongos --config /etc/mongos.conf", unit)
            self.assertIn("User=mongodb", unit)

    def test_sharding_init_inputs(self):
        host = self.inv["mongos"]["hosts"][0][0]
        env = env_file(self.files[host]["/opt/moviedb-init/sharding.env"])
        shards = dict(s.split("/", 1) for s in env["MONGO_INIT_SHARDS"].split(";"))
        self.assertEqual(sorted(shards), ["shard0", "shard1"])
        for rs, hosts in shards.items():
            self.assertEqual(hosts.split(","), self.members(rs))
        self.assertEqual(env["MONGO_INIT_DB"], "moviedb")
        self.assertEqual(urlsplit(env["MONGO_INIT_URI"]).port, 27017)
        self.assertEqual(env["MONGO_INIT_API_USER"], "moviedb-api")
        self.assertEqual(env["MONGO_INIT_MONITOR_USER"], "moviedb-monitor")

    def test_api_store_uri_lists_every_mongos(self):
        # every router, so the driver fails over when one (or its AZ) is lost
        routers = [f"{hv['mongo_host']}:27017" for _, hv in self.inv["mongos"]["hosts"]]
        self.assertGreaterEqual(len(routers), 2)
        for host, hv in self.inv["api"]["hosts"]:
            env = env_file(self.files[host]["/etc/moviedb/api.env"])
            self.assertEqual(env["MOVIEDB_LISTEN"], f"{hv['private_ip']}:8080")
            uri = urlsplit(env["MOVIEDB_STORE"])
            q = parse_qs(uri.query)
            self.assertEqual(uri.scheme, "mongodb")
            self.assertEqual(uri.username, "moviedb-api")
            self.assertEqual(uri.netloc.rsplit("@", 1)[1].split(","), routers)
            self.assertEqual(uri.path, "/moviedb")
            self.assertEqual(q["readPreference"], ["secondaryPreferred"])
            self.assertEqual(q["w"], ["majority"])
            self.assertEqual(q["tls"], ["true"])
            self.assertEqual(q["authSource"], ["admin"])
            self.assertEqual(urlsplit(env["MOVIEDB_MONITOR_STORE"]).username, "moviedb-monitor")
            unit = self.files[host]["/etc/systemd/system/moviedb-api.service"]
            self.assertIn("EnvironmentFile=/etc/moviedb/api.env", unit)
            self.assertIn("ExecStart=/opt/moviedb/bin/moviedb-api serve", unit)
            self.assertIn("User=moviedb", unit)
            self.assertIn("NoNewPrivileges=true", unit)

    def test_passwords_only_in_the_api_environment_file(self):
        for host, files in self.files.items():
            for path, text in files.items():
                if path == "/etc/moviedb/api.env":
                    continue
                for secret in filter(None, DUMMY_SECRETS):
                    self.assertNotIn(secret, text, f"{host}:{path}")

    def test_os_settings(self):
        for _, _, host, _ in self.mongod_hosts():
            f = self.files[host]
            with self.subTest(host=host):
                self.assertIn("echo never > /sys/kernel/mm/transparent_hugepage/enabled", f["/etc/systemd/system/mongodb-thp.service"])
                self.assertIn("echo never > /sys/kernel/mm/transparent_hugepage/defrag", f["/etc/systemd/system/mongodb-thp.service"])
                self.assertIn("vm.swappiness = 1", f["/etc/sysctl.d/60-mongodb.conf"])
                self.assertIn("mongodb hard nofile 64000", f["/etc/security/limits.d/60-mongodb.conf"])
                self.assertIn("server 169.254.169.123", f["/etc/chrony/sources.d/amazon-time-sync.sources"])
                mount = f["/etc/systemd/system/var-lib-mongodb.mount"]
                self.assertIn("Type=xfs", mount)
                self.assertIn("Where=/var/lib/mongodb", mount)
                self.assertIn("What=/dev/disk/by-uuid/", mount)
                self.assertIn('ATTR{queue/read_ahead_kb}="16"', f["/etc/udev/rules.d/61-mongodb-readahead.rules"])
                drop_in = f["/etc/systemd/system/mongod.service.d/moviedb.conf"]
                for line in ("Wants=mongodb-thp.service", "RequiresMountsFor=/var/lib/mongodb", "LimitNOFILE=64000"):
                    self.assertIn(line, drop_in)
                self.assertRegex(drop_in, r"(?m)^After=.*mongodb-thp\.service")
                self.assertIn("SIGUSR1", f["/etc/logrotate.d/mongod"])

    def test_no_unit_restarts_with_an_os_unit(self):
        # systemd propagates a restart of a unit to units that Require=, BindsTo=
        # or PartOf= it (systemd.unit(5)); the OS handlers restart the THP unit and
        # chrony on every host, so database units may only Want/After them.
        strong = ("Requires=", "BindsTo=", "PartOf=", "Requisite=")
        for host, files in self.files.items():
            for path in ("/etc/systemd/system/mongod.service.d/moviedb.conf", "/etc/systemd/system/mongos.service"):
                for line in files.get(path, "").splitlines():
                    if line.startswith(strong):
                        with self.subTest(host=host, path=path):
                            self.assertNotRegex(line, r"mongodb-thp|chrony", line)

    def test_mongodb_packages_from_mongodb_pinned_to_7_0(self):
        for _, _, host, _ in self.mongod_hosts():
            f = self.files[host]
            source = f["/etc/apt/sources.list.d/mongodb-org-7.0.list"]
            self.assertIn("jammy/mongodb-org/7.0 multiverse", source)
            self.assertIn("signed-by=", source)
            pref = f["/etc/apt/preferences.d/mongodb.pref"]
            self.assertIn("Pin: version 7.0.*", pref)
            self.assertIn("Package: mongodb mongodb-server", pref)
            self.assertIn("Pin-Priority: -1", pref)


class Variant(unittest.TestCase):
    """x.509 member authentication and the THP rule flip for MongoDB 8.0."""

    @classmethod
    def setUpClass(cls):
        if not VARIANT_DIR.is_dir():
            raise unittest.SkipTest("RENDER_VARIANT_DIR not set")
        cls.files = {p.stem: json.loads(p.read_text()) for p in VARIANT_DIR.glob("*.json")}

    def test_x509_member_auth(self):
        conf = yaml.safe_load(self.files["cfg-1"]["/etc/mongod.conf"])
        self.assertEqual(conf["security"]["clusterAuthMode"], "x509")
        self.assertNotIn("keyFile", conf["security"])
        self.assertEqual(conf["net"]["tls"]["mode"], "requireTLS")
        mongos = yaml.safe_load(self.files["mongos-1"]["/etc/mongos.conf"])
        self.assertEqual(mongos["security"]["clusterAuthMode"], "x509")

    def test_thp_enabled_from_8_0(self):
        unit = self.files["cfg-1"]["/etc/systemd/system/mongodb-thp.service"]
        self.assertIn("echo always > /sys/kernel/mm/transparent_hugepage/enabled", unit)
        self.assertIn("echo defer+madvise > /sys/kernel/mm/transparent_hugepage/defrag", unit)
        self.assertIn("max_ptes_none", unit)


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())

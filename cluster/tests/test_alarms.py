"""The alarms an operator needs, on the template: every database instance
(each member and each router) has a "down" alarm on its own MemberHealthy
metric that also fires when the metric stops arriving; replication lag, data
disk use and certificate expiry have one alarm each across the environment;
every alarm notifies the alarm topic; database instances may publish those
metrics into their environment's namespace and nowhere else."""
import sys
import unittest
from pathlib import Path

from cfnlint.decode import decode

from cfn_resolve import Resolver
from iam_eval import allowed

TEMPLATE = Path(__file__).resolve().parent.parent / "provision" / "moviedb-cluster.yaml"


class AlarmTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.t, matches = decode(str(TEMPLATE))
        assert not matches, matches
        cls.res = cls.t["Resources"]
        cls.alarms = {k: v["Properties"] for k, v in cls.res.items() if v["Type"] == "AWS::CloudWatch::Alarm"}

    def test_every_database_instance_has_a_down_alarm(self):
        members = [next(t["Value"] for t in i["Properties"]["Tags"] if t["Key"] == "moviedb:member")
                   for i in self.res.values() if i["Type"] == "AWS::EC2::Instance"]
        self.assertEqual(len(members), 11)
        for m in members:
            found = [a for a in self.alarms.values() if a["MetricName"] == "MemberHealthy"
                     and a.get("Dimensions") == [{"Name": "Member", "Value": m}]]
            self.assertEqual(len(found), 1, m)
            a = found[0]
            self.assertEqual(a["TreatMissingData"], "breaching", m)  # a dead host sends nothing
            self.assertEqual((a["Statistic"], a["ComparisonOperator"], a["Threshold"]), ("Minimum", "LessThanThreshold", 1))

    def test_lag_disk_and_certificate_alarms(self):
        by_metric = {a["MetricName"]: a for a in self.alarms.values() if "Dimensions" not in a}
        self.assertEqual(by_metric["ReplicationLagSeconds"]["ComparisonOperator"], "GreaterThanThreshold")
        self.assertLessEqual(by_metric["ReplicationLagSeconds"]["Threshold"], 60)
        self.assertLessEqual(by_metric["DataDiskUsedPercent"]["Threshold"], 80)
        self.assertEqual(by_metric["CertificateDaysLeft"]["ComparisonOperator"], "LessThanThreshold")
        self.assertGreaterEqual(by_metric["CertificateDaysLeft"]["Threshold"], 30)

    def test_every_alarm_notifies_the_topic(self):
        for name, a in self.alarms.items():
            self.assertEqual(a["AlarmActions"], [{"Ref": "AlarmTopic"}], name)

    def test_database_instances_publish_only_into_their_namespace(self):
        r = Resolver(self.t, {"EnvName": "moviedb-prod", "DbImageId": "ami-0"})
        statements = [s for p in self.res["DbInstanceRole"]["Properties"]["Policies"]
                      for s in r.value(p["PolicyDocument"])["Statement"]]
        self.assertTrue(allowed(statements, "cloudwatch:PutMetricData", "*", {"cloudwatch:namespace": "moviedb/moviedb-prod"}))
        self.assertFalse(allowed(statements, "cloudwatch:PutMetricData", "*", {"cloudwatch:namespace": "AWS/EC2"}))
        ns = {r.value(a["Namespace"]) for a in self.alarms.values()}
        self.assertEqual(ns, {"moviedb/moviedb-prod"})


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())

"""A stack update never replaces or deletes a stateful resource: the database
instances, their data volumes and attachments. Checked three ways: each
resource's own protection (retain policies, termination protection, pinned
template version, literal image); the stack policy provision.sh applies; and
an evaluation of the template under changed inputs (a newly published image,
API sizes and types, database instance types, volume sizes) showing that no
stateful resource's create-only (replacement-triggering) property changes."""
import copy
import json
import sys
import unittest
from pathlib import Path

from cfnlint.decode import decode

from cfn_resolve import Resolver

CLUSTER = Path(__file__).resolve().parent.parent
TEMPLATE = CLUSTER / "provision" / "moviedb-cluster.yaml"
POLICY = CLUSTER / "provision" / "stack-policy.json"
STATEFUL = {"AWS::EC2::Instance", "AWS::EC2::Volume", "AWS::EC2::VolumeAttachment"}
BASE = {"DbImageId": "ami-0000000000000base", "KeyName": "", "CertificateArn": ""}
VARIANTS = {
    "a newer image is published": ({}, 1),
    "API instance type": ({"ApiInstanceType": "c7i.xlarge"}, 0),
    "API sizes": ({"ApiMinSize": "3", "ApiDesiredSize": "5", "ApiMaxSize": "12"}, 0),
    "database instance types": ({"ShardInstanceType": "r7i.2xlarge", "ConfigInstanceType": "m7i.large", "MongosInstanceType": "c7i.large"}, 0),
    "data volumes grown": ({"ShardDataVolumeGiB": "400", "ConfigDataVolumeGiB": "80"}, 0),
    "a new database image for future members": ({"DbImageId": "ami-00000000000000new"}, 0),
    "an SSH key added": ({"KeyName": "ops-key"}, 0),
}
API_ONLY = ("a newer image is published", "API instance type", "API sizes")


def ref(v):
    return v.get("Ref") if isinstance(v, dict) else None


class StatefulTierTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.t, matches = decode(str(TEMPLATE))
        assert not matches, matches
        cls.res = cls.t["Resources"]
        cls.policy = json.loads(POLICY.read_text())

    def of_type(self, *types, template=None):
        res = (template or self.t)["Resources"]
        return {k: v for k, v in res.items() if v["Type"] in types}

    def data_members(self):
        return {k: v for k, v in self.of_type("AWS::EC2::Instance").items()
                if any(t["Key"] == "moviedb:role" and t["Value"] in ("configsvr", "shardsvr") for t in v["Properties"]["Tags"])}

    def identities(self, template, params, generation):
        r = Resolver(template, dict(BASE, **params), generation)
        return {k: r.identity(k) for k in self.of_type(*STATEFUL, template=template)}

    # --- each resource protects itself ---------------------------------
    def test_database_image_is_a_literal_never_an_ssm_parameter(self):
        p = self.t["Parameters"]["DbImageId"]
        self.assertEqual(p["Type"], "AWS::EC2::Image::Id")
        self.assertNotIn("Default", p)  # provision.sh resolves it once, on creation
        for name, lt in self.of_type("AWS::EC2::LaunchTemplate").items():
            if name != "ApiLaunchTemplate":
                self.assertEqual(ref(lt["Properties"]["LaunchTemplateData"]["ImageId"]), "DbImageId", name)

    def test_database_instances_pin_their_template_version(self):
        for name, i in self.of_type("AWS::EC2::Instance").items():
            version = i["Properties"]["LaunchTemplate"]["Version"]
            self.assertIsInstance(version, str, name + ": Version must be a literal, not LatestVersionNumber")

    def test_retained_on_delete_and_replace_and_termination_protected(self):
        for name, r in self.of_type("AWS::EC2::Instance", "AWS::EC2::Volume").items():
            self.assertEqual(r.get("DeletionPolicy"), "Retain", name)
            self.assertEqual(r.get("UpdateReplacePolicy"), "Retain", name)
        for name, i in self.of_type("AWS::EC2::Instance").items():
            self.assertIs(i["Properties"].get("DisableApiTermination"), True, name)

    def test_each_data_member_has_one_retained_encrypted_volume_in_its_az(self):
        attachments = self.of_type("AWS::EC2::VolumeAttachment")
        r = Resolver(self.t, BASE)
        for name, inst in self.data_members().items():
            mine = [a["Properties"] for a in attachments.values() if ref(a["Properties"]["InstanceId"]) == name]
            self.assertEqual(len(mine), 1, name)
            self.assertEqual(mine[0]["Device"], "/dev/sdf")  # mongo_os_data_device (nvme1n1) on Nitro
            volume = self.res[ref(mine[0]["VolumeId"])]
            self.assertTrue(volume["Properties"]["Encrypted"], name)
            subnet = ref(inst["Properties"]["SubnetId"])
            self.assertEqual(r.value(volume["Properties"]["AvailabilityZone"]),
                             r.value(self.res[subnet]["Properties"]["AvailabilityZone"]), name)
        for name, lt in self.of_type("AWS::EC2::LaunchTemplate").items():
            devices = [d["DeviceName"] for d in lt["Properties"]["LaunchTemplateData"].get("BlockDeviceMappings", [])]
            self.assertNotIn("/dev/sdf", devices, name + ": a data volume inside a template dies with its instance")

    # --- the stack policy ------------------------------------------------
    def denied(self, action, resource_type):
        for s in self.policy["Statement"]:
            actions = s["Action"] if isinstance(s["Action"], list) else [s["Action"]]
            types = s.get("Condition", {}).get("StringEquals", {}).get("ResourceType", [])
            if s["Effect"] == "Deny" and action in actions and resource_type in types and s["Resource"] == "*":
                return True
        return False

    def test_stack_policy_refuses_replacing_or_deleting_stateful_resources(self):
        # without an Allow, a stack policy denies every update
        self.assertTrue(any(s["Effect"] == "Allow" and s["Action"] == "Update:*" for s in self.policy["Statement"]))
        types = {r["Type"] for r in self.res.values()} & (STATEFUL | {"AWS::Route53::HostedZone", "AWS::KMS::Key"})
        self.assertTrue({"AWS::EC2::Instance", "AWS::EC2::Volume", "AWS::Route53::HostedZone"} <= types)
        for t in types:
            self.assertTrue(self.denied("Update:Replace", t), t)
            self.assertTrue(self.denied("Update:Delete", t), t)
        # an instance-type change would stop every member of a tier at once
        self.assertTrue(self.denied("Update:Modify", "AWS::EC2::Instance"))
        self.assertFalse(self.denied("Update:Modify", "AWS::EC2::Volume"))  # growing a volume is online
        # only the database tier is made of AWS::EC2::Instance (the API is an auto-scaling group)
        self.assertTrue(all(any(t["Key"] == "moviedb:role" and t["Value"] in ("configsvr", "shardsvr", "mongos")
                                for t in i["Properties"]["Tags"]) for i in self.of_type("AWS::EC2::Instance").values()))

    # --- updates, evaluated ------------------------------------------------
    def test_no_update_replaces_a_stateful_resource(self):
        before = self.identities(self.t, {}, 0)
        self.assertGreaterEqual(len(before), 11 + 9 + 9)
        for what, (params, generation) in VARIANTS.items():
            with self.subTest(what):
                self.assertEqual(self.identities(self.t, params, generation), before)

    def test_api_tier_changes_leave_the_database_tier_untouched(self):
        base = Resolver(self.t, BASE)
        for what in API_ONLY:
            params, generation = VARIANTS[what]
            changed = Resolver(self.t, dict(BASE, **params), generation)
            for name in self.of_type(*STATEFUL):
                self.assertEqual(changed.properties(name), base.properties(name), what + ": " + name)

    def test_the_evaluation_sees_the_old_mistake(self):
        # Following LatestVersionNumber (as this template once did) must show
        # up as a replacement when a new image is published, or the test above
        # proves nothing.
        t = copy.deepcopy(self.t)
        t["Parameters"]["DbImageId"] = {"Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "Default": "/aws/service/x"}
        t["Resources"]["Config1"]["Properties"]["LaunchTemplate"]["Version"] = {"Fn::GetAtt": ["ConfigLaunchTemplate", "LatestVersionNumber"]}
        self.assertNotEqual(self.identities(t, {}, 0)["Config1"], self.identities(t, {}, 1)["Config1"])


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())

"""Asserts on the CloudFormation template beyond what cfn-lint checks: the
topology (10 database instances, replica sets spread over 3 AZs) and that the
network is closed by default (only the load balancer is public; MongoDB ports
only from the tiers that need them)."""
import sys
import unittest
from pathlib import Path

from cfnlint.decode import decode

TEMPLATE = Path(__file__).resolve().parent.parent / "provision" / "moviedb-cluster.yaml"
MONGO_PORTS = (27017, 27018, 27019)


def ref(value):
    return value.get("Ref") if isinstance(value, dict) else None


class TemplateTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        template, matches = decode(str(TEMPLATE))
        assert not matches, matches
        cls.t = template
        cls.res = template["Resources"]

    def of_type(self, kind):
        return {k: v for k, v in self.res.items() if v["Type"] == kind}

    def tag(self, resource, key):
        for t in resource["Properties"].get("Tags", []):
            if t["Key"] == key:
                return t["Value"]
        return None

    def ingress_rules(self):
        """(group logical id, rule, condition) for inline and standalone rules."""
        rules = []
        for name, sg in self.of_type("AWS::EC2::SecurityGroup").items():
            for rule in sg["Properties"].get("SecurityGroupIngress", []):
                rules.append((name, rule, None))
        for rule in self.of_type("AWS::EC2::SecurityGroupIngress").values():
            rules.append((ref(rule["Properties"]["GroupId"]), rule["Properties"], rule.get("Condition")))
        return rules

    # --- topology -------------------------------------------------------
    def test_database_instances_by_role(self):
        instances = self.of_type("AWS::EC2::Instance")
        roles = sorted(self.tag(i, "moviedb:role") for i in instances.values())
        self.assertEqual(len(instances), 11)
        self.assertEqual(roles.count("configsvr"), 3)
        self.assertEqual(roles.count("shardsvr"), 6)
        self.assertEqual(roles.count("mongos"), 2)

    def subnet_az(self, subnet_name):
        az = self.res[subnet_name]["Properties"]["AvailabilityZone"]
        return az["Fn::Select"][0]

    def test_each_replica_set_spans_three_availability_zones(self):
        groups = {}
        for i in self.of_type("AWS::EC2::Instance").values():
            member = self.tag(i, "moviedb:member")
            rs = member.rsplit("-", 1)[0]
            groups.setdefault(rs, []).append(self.subnet_az(ref(i["Properties"]["SubnetId"])))
        self.assertEqual(sorted(groups), ["cfg", "mongos", "shard0", "shard1"])
        for rs in ("cfg", "shard0", "shard1"):
            self.assertEqual(sorted(groups[rs]), [0, 1, 2], rs)

    def test_instances_live_in_private_subnets_without_public_addresses(self):
        public_route_subnets = {
            ref(a["Properties"]["SubnetId"])
            for a in self.of_type("AWS::EC2::SubnetRouteTableAssociation").values()
            if ref(a["Properties"]["RouteTableId"]) == "PublicRouteTable"
        }
        for name, i in self.of_type("AWS::EC2::Instance").items():
            subnet = ref(i["Properties"]["SubnetId"])
            self.assertNotIn(subnet, public_route_subnets, name)
            self.assertNotIn("NetworkInterfaces", i["Properties"], name)
        for name, s in self.of_type("AWS::EC2::Subnet").items():
            self.assertFalse(s["Properties"]["MapPublicIpOnLaunch"], name)
        asg = self.res["ApiGroup"]["Properties"]
        self.assertTrue(all(ref(s) in ("PrivateSubnetA", "PrivateSubnetB", "PrivateSubnetC") for s in asg["VPCZoneIdentifier"]))

    def test_ubuntu_lts_and_encrypted_volumes(self):
        # the image is pinned per stack (test_stateful.py); provision.sh
        # resolves it from Canonical's 22.04 parameter on creation
        provision = (TEMPLATE.parent.parent / "scripts" / "provision.sh").read_text()
        self.assertIn("/aws/service/canonical/ubuntu/server/22.04/", provision)
        for lt in ("ConfigLaunchTemplate", "ShardLaunchTemplate", "MongosLaunchTemplate"):
            data = self.res[lt]["Properties"]["LaunchTemplateData"]
            self.assertEqual(ref(data["ImageId"]), "DbImageId")
        for name, v in self.of_type("AWS::EC2::Volume").items():
            self.assertTrue(v["Properties"]["Encrypted"], name)
            self.assertEqual(v["Properties"]["VolumeType"], "gp3", name)
        for lt in self.of_type("AWS::EC2::LaunchTemplate").values():
            data = lt["Properties"]["LaunchTemplateData"]
            self.assertEqual(data["MetadataOptions"]["HttpTokens"], "required")
            self.assertTrue(all(d["Ebs"]["Encrypted"] for d in data["BlockDeviceMappings"]))

    def test_parameters_for_sizes_key_and_cidrs(self):
        for p in ("ConfigInstanceType", "ShardInstanceType", "MongosInstanceType", "ApiInstanceType",
                  "KeyName", "AdminCidr", "VpcCidr", "PublicIngressCidr"):
            self.assertIn(p, self.t["Parameters"])
        self.assertEqual(self.t["Parameters"]["AdminCidr"]["Default"], "")

    # --- closed by default -----------------------------------------------
    def test_only_the_load_balancer_accepts_traffic_from_cidr_ranges(self):
        for group, rule, condition in self.ingress_rules():
            self.assertNotEqual(str(rule.get("IpProtocol")), "-1", group)
            cidr = rule.get("CidrIp")
            if cidr is None:
                continue
            if group == "LoadBalancerSecurityGroup":
                self.assertIn(rule["FromPort"], (80, 443))
                self.assertEqual(rule["FromPort"], rule["ToPort"])
            else:
                # anything else from an address range is SSH from the admin range, and only if set
                self.assertEqual((rule["FromPort"], rule["ToPort"]), (22, 22), group)
                self.assertEqual(ref(cidr), "AdminCidr", group)
                self.assertEqual(condition, "HasAdminCidr", group)

    def covering(self, port):
        return [(g, r) for g, r, _ in self.ingress_rules()
                if isinstance(r.get("FromPort"), int) and r["FromPort"] <= port <= r["ToPort"]]

    def test_mongos_port_only_from_the_api_tier(self):
        rules = self.covering(27017)
        self.assertEqual(len(rules), 1)
        group, rule = rules[0]
        self.assertEqual(group, "MongosSecurityGroup")
        self.assertEqual(ref(rule["SourceSecurityGroupId"]), "ApiSecurityGroup")

    def test_shard_and_config_ports_only_inside_the_cluster(self):
        for port in (27018, 27019):
            rules = self.covering(port)
            self.assertEqual(len(rules), 1, port)
            group, rule = rules[0]
            self.assertEqual(group, "ClusterSecurityGroup")
            self.assertEqual(ref(rule["SourceSecurityGroupId"]), "ClusterSecurityGroup")

    def test_security_groups_per_tier(self):
        def groups(lt):
            return sorted(ref(g) for g in self.res[lt]["Properties"]["LaunchTemplateData"]["SecurityGroupIds"])
        self.assertEqual(groups("ConfigLaunchTemplate"), ["ClusterSecurityGroup"])
        self.assertEqual(groups("ShardLaunchTemplate"), ["ClusterSecurityGroup"])
        self.assertEqual(groups("MongosLaunchTemplate"), ["ClusterSecurityGroup", "MongosSecurityGroup"])
        self.assertEqual(groups("ApiLaunchTemplate"), ["ApiSecurityGroup"])
        api_rules = [r for g, r, c in self.ingress_rules() if g == "ApiSecurityGroup" and c is None]
        self.assertEqual([ref(r["SourceSecurityGroupId"]) for r in api_rules], ["LoadBalancerSecurityGroup"])

    def test_load_balancer_is_the_only_public_thing(self):
        lbs = self.of_type("AWS::ElasticLoadBalancingV2::LoadBalancer")
        self.assertEqual(list(lbs), ["LoadBalancer"])
        self.assertEqual(lbs["LoadBalancer"]["Properties"]["Scheme"], "internet-facing")
        # liveness, not readiness: the group replaces what fails it (api_boot_test.sh, README)
        self.assertEqual(self.res["ApiTargetGroup"]["Properties"]["HealthCheckPath"], "/healthz")
        self.assertEqual(self.res["ApiGroup"]["Properties"]["HealthCheckType"], "ELB")
        self.assertEqual(self.res["PrivateZone"]["Type"], "AWS::Route53::HostedZone")
        self.assertIn("VPCs", self.res["PrivateZone"]["Properties"])  # private zone, not public DNS
        # the NAT gateways' addresses, nothing else
        eips = self.of_type("AWS::EC2::EIP")
        nat_eips = {k["Properties"]["AllocationId"]["Fn::GetAtt"][0] for k in self.of_type("AWS::EC2::NatGateway").values()}
        self.assertEqual(set(eips), nat_eips)

    # who can read which secret: test_iam.py


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())

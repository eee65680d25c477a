"""Losing any one availability zone keeps the API answering reads and, after
elections, writes, and keeps operators able to reach the instances. Checked
on the template for each AZ in turn: every replica set keeps a majority of its
voting members (two of three, so it can elect a primary), at least one mongos
remains and the API lists every router, each surviving private subnet still
has a NAT gateway in its own AZ (egress for packages and the SSM endpoints
Session Manager uses), the load balancer and the API group still have subnets,
and the preferred primaries are not all in one AZ (one AZ loss costs at most
one set its primary)."""
import sys
import unittest
from pathlib import Path

from cfnlint.decode import decode

from cfn_resolve import Resolver

CLUSTER = Path(__file__).resolve().parent.parent
TEMPLATE = CLUSTER / "provision" / "moviedb-cluster.yaml"


def ref(v):
    return v.get("Ref") if isinstance(v, dict) else None


class AzLossTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.t, matches = decode(str(TEMPLATE))
        assert not matches, matches
        cls.res = cls.t["Resources"]
        cls.r = Resolver(cls.t, {"DbImageId": "ami-0"})

    def az_of_subnet(self, subnet):
        return self.r.value(self.res[subnet]["Properties"]["AvailabilityZone"])

    def members(self):
        """(member tag, role, az) per database instance."""
        out = []
        for i in self.res.values():
            if i["Type"] == "AWS::EC2::Instance":
                tags = {t["Key"]: t["Value"] for t in i["Properties"]["Tags"]}
                out.append((tags["moviedb:member"], tags["moviedb:role"], self.az_of_subnet(ref(i["Properties"]["SubnetId"]))))
        return out

    def azs(self):
        return sorted({self.az_of_subnet(k) for k, v in self.res.items() if v["Type"] == "AWS::EC2::Subnet"})

    def nat_az_for(self, subnet):
        table = next(ref(a["Properties"]["RouteTableId"]) for a in self.res.values()
                     if a["Type"] == "AWS::EC2::SubnetRouteTableAssociation" and ref(a["Properties"]["SubnetId"]) == subnet)
        route = next(r for r in self.res.values() if r["Type"] == "AWS::EC2::Route"
                     and ref(r["Properties"]["RouteTableId"]) == table and r["Properties"]["DestinationCidrBlock"] == "0.0.0.0/0")
        nat = ref(route["Properties"].get("NatGatewayId"))
        self.assertIsNotNone(nat, subnet + " has no NAT route")
        return self.az_of_subnet(ref(self.res[nat]["Properties"]["SubnetId"]))

    def test_every_set_keeps_a_majority_and_a_router_survives(self):
        members = self.members()
        sets = {m.rsplit("-", 1)[0] for m, role, _ in members if role != "mongos"}
        self.assertEqual(sets, {"cfg", "shard0", "shard1"})
        for lost in self.azs():
            with self.subTest(lost=lost):
                for rs in sets:
                    total = [az for m, _, az in members if m.rsplit("-", 1)[0] == rs]
                    left = [az for az in total if az != lost]
                    self.assertGreater(len(left), len(total) / 2, rs)
                routers = [m for m, role, az in members if role == "mongos" and az != lost]
                self.assertGreaterEqual(len(routers), 1)

    def test_preferred_primaries_in_different_azs(self):
        first = {m: az for m, role, az in self.members() if m.endswith("-1") and role != "mongos"}
        self.assertEqual(len(set(first.values())), len(first), first)

    def test_each_private_subnet_egresses_through_its_own_az(self):
        private = [k for k, v in self.res.items() if v["Type"] == "AWS::EC2::Subnet" and k.startswith("PrivateSubnet")]
        self.assertEqual(len(private), 3)
        for subnet in private:
            self.assertEqual(self.nat_az_for(subnet), self.az_of_subnet(subnet), subnet)

    def test_load_balancer_and_api_group_span_every_az(self):
        lb = {self.az_of_subnet(ref(s)) for s in self.res["LoadBalancer"]["Properties"]["Subnets"]}
        api = {self.az_of_subnet(ref(s)) for s in self.res["ApiGroup"]["Properties"]["VPCZoneIdentifier"]}
        self.assertEqual(lb, set(self.azs()))
        self.assertEqual(api, set(self.azs()))

    def test_the_api_lists_every_router(self):
        routers = sorted(m for m, role, _ in self.members() if role == "mongos")
        listed = self.r.value(self.t["Outputs"]["MongosHosts"]["Value"])
        for m in routers:
            self.assertIn(m + ".db.", listed)


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())

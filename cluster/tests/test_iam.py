"""Who can read which secret, evaluated from the template's policies: each
instance role and the operator role against each parameter the cluster keeps
(ssm:GetParameter, and GetParametersByPath on its paths), and each principal
against the secrets key (kms:Decrypt as SSM calls it, with the parameter's
ARN as encryption context). The expected table is the one in the README."""
import sys
import unittest
from pathlib import Path

from cfnlint.decode import decode

from cfn_resolve import Resolver
from iam_eval import allowed, as_list

TEMPLATE = Path(__file__).resolve().parent.parent / "provision" / "moviedb-cluster.yaml"
PARAMS = ["mongo/admin-password", "mongo/keyfile", "mongo/api-password", "mongo/monitor-password", "pki/ca-key", "pki/ca-cert",
          "api/release"]
SECURE = [p for p in PARAMS if p not in ("pki/ca-cert", "api/release")]  # public: String parameters
CAN_READ = {
    "DbInstanceRole": set(),
    "ApiInstanceRole": {"mongo/api-password", "mongo/monitor-password", "pki/ca-cert", "api/release"},
    "OperatorRole": set(PARAMS),
}
CAN_DECRYPT = {
    "DbInstanceRole": set(),
    "ApiInstanceRole": {"mongo/api-password", "mongo/monitor-password"},
    "OperatorRole": set(SECURE),
    "account root": set(),  # administration only: IAM policies cannot hand out decryption
}
READS = ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParameterHistory"]


class IamTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        t, matches = decode(str(TEMPLATE))
        assert not matches, matches
        cls.t = t
        cls.res = t["Resources"]
        cls.r = Resolver(t, {"EnvName": "moviedb-prod", "DbImageId": "ami-0"})

    def sub(self, text):
        return self.r.value({"Fn::Sub": text})

    def param_arn(self, name):
        return self.sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${EnvName}/" + name)

    def role_statements(self, role):
        props = self.res[role]["Properties"]
        docs = [p["PolicyDocument"] for p in props.get("Policies", [])]
        for arn in props.get("ManagedPolicyArns", []):
            name = arn.get("Ref") if isinstance(arn, dict) else None
            self.assertIsNotNone(name, role + ": an AWS managed policy cannot be evaluated here (and "
                                 "AmazonSSMManagedInstanceCore allows ssm:GetParameter on *)")
            docs.append(self.res[name]["Properties"]["PolicyDocument"])
        return [s for d in docs for s in self.r.value(d)["Statement"]]

    def key_statements(self):
        return self.r.value(self.res["SecretsKey"]["Properties"]["KeyPolicy"])["Statement"]

    def principal(self, who):
        if who == "account root":
            return self.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")
        return self.r.value({"Fn::GetAtt": [who, "Arn"]})

    def test_who_reads_which_parameter(self):
        for role, expected in CAN_READ.items():
            statements = self.role_statements(role)
            for p in PARAMS:
                with self.subTest(role=role, parameter=p):
                    if p in expected:
                        self.assertTrue(allowed(statements, "ssm:GetParameter", self.param_arn(p)))
                    else:
                        self.assertEqual([a for a in READS if allowed(statements, a, self.param_arn(p))], [])

    def test_instance_roles_cannot_list_paths(self):
        for role in ("DbInstanceRole", "ApiInstanceRole"):
            statements = self.role_statements(role)
            for path in ("", "/mongo", "/pki"):
                arn = self.sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${EnvName}" + path)
                self.assertFalse(allowed(statements, "ssm:GetParametersByPath", arn), role + path)

    def test_the_cluster_secrets_are_explicitly_denied_to_instances(self):
        # an explicit Deny survives any Allow attached later, so check it alone
        for role in ("DbInstanceRole", "ApiInstanceRole"):
            denies = [s for s in self.role_statements(role) if s["Effect"] == "Deny"]
            for p in ("mongo/admin-password", "mongo/keyfile", "pki/ca-key"):
                everything = denies + [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
                self.assertFalse(allowed(everything, "ssm:GetParameter", self.param_arn(p)), role + " " + p)

    def test_who_decrypts_which_secure_string(self):
        key = self.key_statements()
        via_ssm = self.sub("ssm.${AWS::Region}.amazonaws.com")
        for who, expected in CAN_DECRYPT.items():
            for p in SECURE:
                context = {"kms:ViaService": via_ssm, "kms:EncryptionContext:PARAMETER_ARN": self.param_arn(p)}
                with self.subTest(principal=who, parameter=p):
                    self.assertEqual(allowed(key, "kms:Decrypt", "*", context, self.principal(who)), p in expected)
        # outside SSM (a direct kms:Decrypt call) nobody decrypts anything
        for who in CAN_DECRYPT:
            self.assertFalse(allowed(key, "kms:Decrypt", "*", {}, self.principal(who)), who)

    def test_no_instance_role_uses_the_broad_ssm_managed_policy(self):
        for name, r in self.res.items():
            if r["Type"] == "AWS::IAM::Role":
                for arn in r["Properties"].get("ManagedPolicyArns", []):
                    self.assertNotIn("AmazonSSMManagedInstanceCore", str(arn), name)
                for s in self.role_statements(name):
                    if s["Effect"] == "Allow" and any(a.startswith("ssm:GetParameter") or a == "ssm:*" for a in as_list(s["Action"])):
                        self.assertNotIn("*", as_list(s["Resource"]), name)

    def test_each_tier_has_its_own_role(self):
        def profile(lt):
            return self.res[lt]["Properties"]["LaunchTemplateData"]["IamInstanceProfile"]["Arn"]["Fn::GetAtt"][0]
        for lt in ("ConfigLaunchTemplate", "ShardLaunchTemplate", "MongosLaunchTemplate"):
            self.assertEqual(profile(lt), "DbInstanceProfile")
        self.assertEqual(profile("ApiLaunchTemplate"), "ApiInstanceProfile")
        for name, i in self.res.items():
            if i["Type"] == "AWS::EC2::Instance":
                self.assertEqual(i["Properties"]["IamInstanceProfile"], {"Ref": "DbInstanceProfile"}, name)
        self.assertEqual(self.res["DbInstanceProfile"]["Properties"]["Roles"], [{"Ref": "DbInstanceRole"}])
        self.assertEqual(self.res["ApiInstanceProfile"]["Properties"]["Roles"], [{"Ref": "ApiInstanceRole"}])

    def test_api_instances_fetch_releases_and_nothing_else_from_the_bucket(self):
        bucket = self.r.value({"Fn::GetAtt": ["ArtifactBucket", "Arn"]})
        api = self.role_statements("ApiInstanceRole")
        self.assertTrue(allowed(api, "s3:GetObject", bucket + "/api/0123.tar.gz"))
        self.assertFalse(allowed(api, "s3:PutObject", bucket + "/api/0123.tar.gz"))
        self.assertFalse(allowed(api, "s3:GetObject", bucket + "/other/x"))
        self.assertFalse(any(allowed(self.role_statements("DbInstanceRole"), a, bucket + "/api/x")
                             for a in ("s3:GetObject", "s3:PutObject")))

    def test_the_evaluation_sees_the_old_mistake(self):
        # AmazonSSMManagedInstanceCore's parameter statement, as the old shared role had it
        core = [{"Effect": "Allow", "Action": ["ssm:GetParameter", "ssm:GetParameters"], "Resource": "*"}]
        self.assertTrue(allowed(core, "ssm:GetParameter", self.param_arn("mongo/admin-password")))


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())

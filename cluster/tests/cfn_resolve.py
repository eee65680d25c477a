"""Evaluates a CloudFormation template's resource properties for given
parameter values, the way CloudFormation would see them on an update, so a
test can compare two updates: which resources' replacement-triggering
(create-only) properties would change.

Create-only properties come from the CloudFormation registry schemas that
cfn-lint ships (the same `createOnlyProperties` CloudFormation acts on:
https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html).
Attributes are modelled where they matter: a launch template's
LatestVersionNumber changes whenever its data changes; any other attribute or
Ref of a resource changes when that resource is replaced. SSM-typed
parameters are re-resolved on every update
(https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#aws-ssm-parameter-types),
so a caller passes the "generation" of the values they resolve to."""
import hashlib
import json
import re

from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

AZS = ["az-a", "az-b", "az-c"]


def create_only(resource_type):
    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", resource_type).schema
    return [p.split("/")[-1] for p in schema.get("createOnlyProperties") or []]


def digest(value):
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:12]


class Resolver:
    def __init__(self, template, params, ssm_generation=0):
        self.t = template
        self.res = template["Resources"]
        self.params = {}
        for name, p in template.get("Parameters", {}).items():
            value = params.get(name, p.get("Default"))
            if p["Type"].startswith("AWS::SSM::Parameter::Value"):
                value = "resolved(%s)#%d" % (value, ssm_generation)
            self.params[name] = value
        self._identity = {}

    def condition(self, name):
        return self.value(self.t["Conditions"][name])

    def identity(self, name):
        """Changes exactly when the resource would be replaced."""
        if name not in self._identity:
            r = self.res[name]
            props = r.get("Properties", {})
            keys = create_only(r["Type"])
            self._identity[name] = digest({k: self.value(props.get(k)) for k in keys})
        return self._identity[name]

    def properties(self, name):
        return self.value(self.res[name].get("Properties", {}))

    def value(self, v):
        if isinstance(v, list):
            return [x for x in (self.value(i) for i in v) if x is not _NOVALUE]
        if not isinstance(v, dict):
            return v
        if len(v) == 1:
            (fn, arg), = v.items()
            handler = getattr(self, "fn_" + fn.replace("::", "_").replace("Fn_", ""), None)
            if fn == "Ref" or fn.startswith("Fn::") or fn == "Condition":
                if handler is None:
                    raise NotImplementedError(fn)
                return handler(arg)
        out = {}
        for k, x in v.items():
            x = self.value(x)
            if x is not _NOVALUE:
                out[k] = x
        return out

    def fn_Ref(self, name):
        if name == "AWS::NoValue":
            return _NOVALUE
        if name.startswith("AWS::"):
            return "pseudo(%s)" % name
        if name in self.params:
            return self.params[name]
        return "ref(%s@%s)" % (name, self.identity(name))

    def fn_GetAtt(self, arg):
        name, attr = arg if isinstance(arg, list) else arg.split(".", 1)
        r = self.res[name]
        if r["Type"] == "AWS::EC2::LaunchTemplate" and attr in ("LatestVersionNumber", "DefaultVersionNumber"):
            return "version(%s)" % digest(self.value(r["Properties"]["LaunchTemplateData"]))
        if r["Type"] == "AWS::EC2::Subnet" and attr == "AvailabilityZone":
            return self.value(r["Properties"]["AvailabilityZone"])
        return "getatt(%s.%s@%s)" % (name, attr, self.identity(name))

    def fn_Sub(self, arg):
        text, local = (arg, {}) if isinstance(arg, str) else (arg[0], self.value(arg[1]))

        def sub(m):
            key = m.group(1)
            if key in local:
                return str(local[key])
            if "." in key:
                return str(self.fn_GetAtt(key))
            return str(self.fn_Ref(key))
        return re.sub(r"\$\{([^}!]+)\}", sub, text)

    def fn_If(self, arg):
        cond, yes, no = arg
        return self.value(yes if self.condition(cond) else no)

    def fn_Equals(self, arg):
        a, b = (self.value(x) for x in arg)
        return a == b

    def fn_Not(self, arg):
        return not self.value(arg[0])

    def fn_And(self, arg):
        return all(self.value(x) for x in arg)

    def fn_Or(self, arg):
        return any(self.value(x) for x in arg)

    def fn_Condition(self, name):
        return self.condition(name)

    def fn_Select(self, arg):
        i, lst = self.value(arg[0]), self.value(arg[1])
        return lst[int(i)]

    def fn_GetAZs(self, _arg):
        return list(AZS)

    def fn_Cidr(self, arg):
        block, count, bits = (self.value(x) for x in arg)
        return ["cidr(%s,%s,%s)" % (block, bits, i) for i in range(int(count))]

    def fn_Join(self, arg):
        sep, items = arg
        return sep.join(str(x) for x in self.value(items))

    def fn_Base64(self, arg):
        return "base64(%s)" % self.value(arg)

    def fn_FindInMap(self, arg):
        m, k1, k2 = (self.value(x) for x in arg)
        return self.t["Mappings"][m][k1][k2]


class _NoValue:
    pass


_NOVALUE = _NoValue()

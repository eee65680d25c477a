"""A small evaluator of IAM identity policies and KMS key policies, enough
for the statements our template writes: Allow/Deny, Action and NotAction
with wildcards, Resource and NotResource with wildcards, and the condition
operators StringEquals, StringLike and ForAnyValue:StringEquals. An explicit
Deny wins over any Allow; nothing is allowed without an Allow
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
A condition operator it does not know makes an Allow not apply and a Deny
apply, so an unmodelled statement can only make the tests stricter."""
from fnmatch import fnmatchcase

KNOWN = {"StringEquals", "StringLike", "ForAnyValue:StringEquals"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def _match_action(patterns, action):
    return any(fnmatchcase(action.lower(), p.lower()) for p in as_list(patterns))


def _match_resource(patterns, resource):
    return any(fnmatchcase(resource, p) for p in as_list(patterns))


def _conditions_hold(cond, context, effect):
    for op, pairs in (cond or {}).items():
        if op not in KNOWN:
            return effect == "Deny"
        for key, wanted in pairs.items():
            have = context.get(key)
            if have is None:
                return False
            wanted = as_list(wanted)
            if op == "StringLike":
                ok = any(fnmatchcase(h, w) for h in as_list(have) for w in wanted)
            else:
                ok = any(h in wanted for h in as_list(have))
            if not ok:
                return False
    return True


def _applies(stmt, action, resource, context):
    if "Action" in stmt and not _match_action(stmt["Action"], action):
        return False
    if "NotAction" in stmt and _match_action(stmt["NotAction"], action):
        return False
    if "Resource" in stmt and not _match_resource(stmt["Resource"], resource):
        return False
    if "NotResource" in stmt and _match_resource(stmt["NotResource"], resource):
        return False
    return _conditions_hold(stmt.get("Condition"), context, stmt["Effect"])


def allowed(statements, action, resource, context=None, principal=None):
    """statements: resolved policy statements. principal: for key policies, the
    caller's ARN, matched against each statement's Principal.AWS."""
    context = context or {}
    matching = []
    for s in statements:
        if principal is not None:
            p = s.get("Principal", {})
            if p != "*" and principal not in as_list(p.get("AWS", [])):
                continue
        if _applies(s, action, resource, context):
            matching.append(s["Effect"])
    return "Allow" in matching and "Deny" not in matching

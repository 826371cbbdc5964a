"""The rendered Kubernetes manifests against the Kubernetes API's own schemas (the strict
variant, which also rejects unknown fields), for the oldest and the newest minor version the
manifests claim to support. Field-by-field checks live in test_kubernetes.py; this one catches
what they do not look at: a misspelt key, a string where an int belongs, a field in the wrong
place."""

from __future__ import annotations

import copy

import kubernetes_validate
import pytest

# The oldest minor deploy/README.md supports (native sidecars), and the newest schema set the pinned
# kubernetes-validate ships.
VERSIONS = ("1.29.0", "1.37.0")


def described(doc: dict) -> str:
    return f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"


def test_the_example_renders_something_to_validate(rendered_example: list[dict]) -> None:
    kinds = {d["kind"] for d in rendered_example}
    assert {"Deployment", "NetworkPolicy"} <= kinds, kinds


@pytest.mark.parametrize("version", VERSIONS)
def test_rendered_example_is_valid_kubernetes(rendered_example: list[dict], version: str) -> None:
    problems = []
    for doc in rendered_example:
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.SchemaNotFoundError as e:
            problems.append(f"{described(doc)}: {e.message}")
        except kubernetes_validate.ValidationError as e:
            path = ".".join(str(p) for p in e.path)
            problems.append(f"{described(doc)} at {path or '(root)'}: {e.message}")
    assert not problems, f"Kubernetes {version}:\n" + "\n".join(problems)


def test_the_validator_rejects_a_misplaced_field(rendered_example: list[dict]) -> None:
    """The schema check must be able to fail: an unknown container field and a port given as
    text are both caught."""
    dep = copy.deepcopy(next(d for d in rendered_example if d["kind"] == "Deployment"))
    container = dep["spec"]["template"]["spec"]["containers"][0]
    container["livenessProbes"] = container.get("livenessProbe", {})
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(dep, VERSIONS[-1], strict=True)

    dep = copy.deepcopy(next(d for d in rendered_example if d["kind"] == "Deployment"))
    dep["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(dep, VERSIONS[-1], strict=True)

"""The pod CA judged by a verifier outside Swift: Python `cryptography`'s X.509 path validation
(its Rust `cryptography-x509-verification`, a web-PKI server profile), not swift-certificates and
not OpenSSL (Tests/InterceptionTests/OpenSSLVerifyTests.swift covers OpenSSL).

The `interception-fixtures` executable, built beside `outrigger` (or at $INTERCEPTION_FIXTURES),
writes a CA and leaves to PEM.
The evil leaf, signed by the CA through a test-only hook that skips the host check, must fail
*because of the name constraints*; the control re-runs it with an unconstrained CA (made here,
loaded through the Kubernetes-Secret path) and it passes.
"""

from __future__ import annotations

import datetime
import os
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError
from interop_support import binary_path

GOOD = "us-central1-aiplatform.googleapis.com"


def fixtures(out: Path, *extra: str) -> Path:
    raw = os.environ.get("INTERCEPTION_FIXTURES")
    tool = Path(raw) if raw else binary_path().parent / "interception-fixtures"
    if not tool.is_file():
        pytest.fail(f"{tool} not found; run `swift build`", pytrace=False)
    subprocess.run([str(tool), str(out), *extra], check=True, timeout=60)
    return out


def load(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def verify(ca: x509.Certificate, leaf: x509.Certificate, name: x509.GeneralName) -> None:
    verifier = PolicyBuilder().store(Store([ca])).build_server_verifier(name)
    verifier.verify(leaf, [])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixtures(tmp_path_factory.mktemp("generated-ca"))


def test_the_right_name_verifies(generated: Path) -> None:
    verify(load(generated / "ca.pem"), load(generated / "good.pem"), x509.DNSName(GOOD))


def test_another_allowed_name_does_not(generated: Path) -> None:
    with pytest.raises(VerificationError, match="(?i)subjectAltName|SAN"):
        verify(load(generated / "ca.pem"), load(generated / "good.pem"), x509.DNSName("aiplatform.googleapis.com"))


def test_a_leaf_outside_the_constraints_fails_on_them(generated: Path) -> None:
    with pytest.raises(VerificationError, match="no permitted name constraints matched"):
        verify(load(generated / "ca.pem"), load(generated / "evil.pem"), x509.DNSName("evil.example.com"))


def test_an_ip_san_fails_on_the_excluded_ranges(generated: Path) -> None:
    import ipaddress

    with pytest.raises(VerificationError, match="excluded name constraint matched"):
        verify(load(generated / "ca.pem"), load(generated / "ip.pem"), x509.IPAddress(ipaddress.ip_address("127.0.0.1")))


def test_the_ca_carries_critical_constraints(generated: Path) -> None:
    ca = load(generated / "ca.pem")
    constraints = ca.extensions.get_extension_for_class(x509.NameConstraints)
    assert constraints.critical
    permitted = {n.value for n in constraints.value.permitted_subtrees}
    assert GOOD in permitted and "generativelanguage.googleapis.com" in permitted and len(permitted) == 33
    assert {str(n.value) for n in constraints.value.excluded_subtrees} == {"0.0.0.0/0", "::/0"}
    basic = ca.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca and basic.value.path_length == 0


def unconstrained_ca(directory: Path) -> tuple[Path, Path]:
    """A CA with no name constraints, as a careless Secret might hold (the control)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "unconstrained control CA")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "control-ca.crt", directory / "control-ca.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_control_the_same_evil_leaf_passes_without_constraints(tmp_path: Path) -> None:
    cert, key = unconstrained_ca(tmp_path)
    out = fixtures(tmp_path / "out", "--ca-cert", str(cert), "--ca-key", str(key))
    assert (out / "warnings.txt").read_text().split() == ["no_name_constraints"]
    verify(load(out / "ca.pem"), load(out / "evil.pem"), x509.DNSName("evil.example.com"))
    verify(load(out / "ca.pem"), load(out / "good.pem"), x509.DNSName(GOOD))

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension PodCertificateAuthority: CustomStringConvertible, CustomReflectable {
    /// The CA's public facts; never the key.
    package var description: String {
        "PodCertificateAuthority(\(hosts.names.count) hosts, valid until \(notValidAfter.formatted(.iso8601)), \(cachedLeafCount) leaves cached)"
    }

    /// Reflection (`dump`, debuggers' summaries) shows the same public facts, not the stored key.
    package var customMirror: Mirror {
        Mirror(self, children: ["hosts": hosts.names, "notValidAfter": notValidAfter, "warnings": warnings], displayStyle: .class)
    }
}

import Foundation
import Testing
@testable import Interception

@Suite struct LeafCacheTests {
    let hosts = InterceptedHosts.default

    @Test func theSameNameGetsTheSameLeafWhateverItsCase() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let first = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow)
        let again = try ca.leaf(for: "AIPLATFORM.googleapis.com", now: testNow + 3_600)
        #expect(again.certificateChainDER == first.certificateChainDER)
        #expect(again.privateKeyDER == first.privateKeyDER)
        #expect(ca.cachedLeafCount == 1)
    }

    @Test func aLeafIsReMintedWhenLessThanADayIsLeft() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let first = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow)
        let sixDaysOn = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow + 6 * 86_400 - 1)
        #expect(sixDaysOn.leafCertificateDER == first.leafCertificateDER, "a day and a second left: still served")
        let renewed = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow + 6 * 86_400 + 1)
        #expect(renewed.leafCertificateDER != first.leafCertificateDER)
        #expect(renewed.notValidAfter == testNow + 13 * 86_400 + 1)
        #expect(try ca.leaf(for: "aiplatform.googleapis.com", now: testNow + 6 * 86_400 + 2).leafCertificateDER
            == renewed.leafCertificateDER)
        #expect(ca.cachedLeafCount == 1)
    }

    @Test func aClockThatWentBackwardsGetsAValidLeaf() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let first = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow + 86_400)
        let earlier = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow - 600)
        #expect(earlier.leafCertificateDER != first.leafCertificateDER)
        #expect(earlier.notValidBefore <= testNow - 600)
    }

    @Test func aLeafNeverOutlivesTheCA() throws {
        let lifetimes = CertificateLifetimes(backdate: 3_600, authority: 3 * 86_400, leaf: 7 * 86_400, leafRenewal: 86_400)
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow, lifetimes: lifetimes)
        let leaf = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow + 2.5 * 86_400)
        #expect(leaf.notValidAfter == ca.notValidAfter)
        // Less than a day left, but no longer leaf is possible: served from the cache, not re-minted each call.
        #expect(try ca.leaf(for: "aiplatform.googleapis.com", now: testNow + 2.6 * 86_400).leafCertificateDER
            == leaf.leafCertificateDER)
    }

    @Test func theCacheIsBounded() throws {
        let names = (0..<300).map { "host\($0).example.com" }
        let ca = try PodCertificateAuthority(hosts: try InterceptedHosts(names), now: testNow)
        for (index, name) in names.enumerated() {
            _ = try ca.leaf(for: name, now: testNow + Double(index))
        }
        #expect(ca.cachedLeafCount == PodCertificateAuthority.leafCacheCapacity)
        // The most recent one is still cached; the first (expiring soonest) was evicted.
        let last = try ca.leaf(for: names[299], now: testNow + 400)
        #expect(try ca.leaf(for: names[299], now: testNow + 401).leafCertificateDER == last.leafCertificateDER)
    }

    @Test func concurrentCallersConvergeOnOneLeaf() async throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let leaves = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<32 {
                group.addTask { try ca.leaf(for: "us-east5-aiplatform.googleapis.com", now: testNow).leafCertificateDER }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let final = try ca.leaf(for: "us-east5-aiplatform.googleapis.com", now: testNow).leafCertificateDER
        #expect(leaves.count == 32)
        #expect(ca.cachedLeafCount == 1)
        // Racing minters sign outside the lock, but the first one stored wins and every caller gets it.
        #expect(Set(leaves) == [final])
    }
}

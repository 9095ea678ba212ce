import Foundation
import Testing
@testable import DutyDeskCore

struct AuditSamplerTests {
    @Test func splitMix64IsTheReferenceGenerator() {
        // The published first outputs for seed 0: the sample of a seed must never change with
        // the platform or the Swift version.
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func theSameSeedPicksTheSame() {
        let first = AuditSampler.pick(10, from: 240, seed: 2026, page: "cbs-vk")
        #expect(first == AuditSampler.pick(10, from: 240, seed: 2026, page: "cbs-vk"))
        #expect(first.count == 10)
        #expect(Set(first).count == 10)
        #expect(first == first.sorted())
        #expect(first.allSatisfy { (0..<240).contains($0) })
    }

    @Test func anotherSeedOrPagePicksOtherwise() {
        let base = AuditSampler.pick(10, from: 240, seed: 2026, page: "cbs-vk")
        #expect(base != AuditSampler.pick(10, from: 240, seed: 2027, page: "cbs-vk"))
        #expect(base != AuditSampler.pick(10, from: 240, seed: 2026, page: "okhta-vk"))
    }

    @Test func smallPopulationsAreTakenWhole() {
        #expect(AuditSampler.pick(10, from: 4, seed: 1, page: "p") == [0, 1, 2, 3])
        #expect(AuditSampler.pick(10, from: 0, seed: 1, page: "p") == [])
        #expect(AuditSampler.pick(0, from: 5, seed: 1, page: "p") == [])
    }

    @Test func everyItemIsEquallyLikely() {
        // 3 of 12, over 4000 seeds: each index is expected 1000 times; a fair sampler stays well
        // within ±15% of that (the standard deviation is about 27).
        var counts = [Int](repeating: 0, count: 12)
        for seed in UInt64(1)...4000 {
            for index in AuditSampler.pick(3, from: 12, seed: seed, page: "p") { counts[index] += 1 }
        }
        #expect(counts.allSatisfy { (850...1150).contains($0) }, "\(counts)")
    }

    @Test func uniformBelowIsInRangeAndUnbiasedForSmallBounds() {
        var generator = SplitMix64(seed: 7)
        var counts = [Int](repeating: 0, count: 3)
        for _ in 0..<30_000 { counts[Int(generator.uniform(below: 3))] += 1 }
        #expect(counts.allSatisfy { (9_500...10_500).contains($0) }, "\(counts)")
    }
}

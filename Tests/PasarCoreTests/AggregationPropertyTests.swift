import PropertyBased
import Testing
@testable import PasarCore

/// The figures from the compact ledger (packed columns, counting sort, selection for percentiles)
/// against a plain reference: every complaint judged at the moment, grouped with dictionaries,
/// percentiles by sorting. Random complaints at two markets (and an unknown one) in two categories
/// (and an unknown one), with every kind of record problem, judged at random moments.
@Suite struct AggregationPropertyTests {
    static let markets = [Market(id: "pasar-a", name: "A", district: "", address: ""), Market(id: "pasar-b", name: "B", district: "", address: "")]
    static let categories = [ComplaintCategory(id: "kebersihan", name: "K"), ComplaintCategory(id: "parkir", name: "P")]
    static let standards = ResponseStandards(
        regency: ResponseStandardTable(defaultEntry: .init(firstResponse: time(24, .jam), resolution: time(2, .hariKerja)),
                                       categories: ["parkir": .init(resolution: time(3, .hari))]),
        markets: ["pasar-b": ResponseStandardTable(categories: ["kebersihan": .init(resolution: time(30, .jam))])])!
    static let start = wib("2025-12-01 00:00")

    /// A complaint made from seven small numbers, so that shrinking finds a small failing case.
    static func complaint(_ n: [Int], index: Int) -> Complaint {
        let market = ["pasar-a", "pasar-b", "pasar-lama"][n[0] % 3]
        let category = ["kebersihan", "parkir", "sampah"][n[1] % 3]
        let received = start.adding(seconds: Int64(n[2] % (40 * 24)) * 3600 + Int64(n[2] % 7) * 601)
        let status: Recorded<ComplaintStatus> = n[3] % 7 == 6 ? .invalid("beres") : .value(ComplaintStatus.allCases[n[3] % 7 % 5])
        let resolvedHours = n[4] % 9 == 0 ? nil : n[4] % 500 - 30  // sometimes before receipt
        let respondedHours = n[5] % 5 == 0 ? nil : n[5] % 90 - 3
        return Complaint(
            id: "K\(index)", marketID: market, categoryID: category,
            receivedAt: n[6] % 23 == 0 ? .missing : .value(received),
            firstResponseAt: respondedHours.map { .value(received.adding(seconds: Int64($0) * 3600 + 59)) } ?? .missing,
            resolvedAt: resolvedHours.map { .value(received.adding(seconds: Int64($0) * 3600 + 17)) } ?? .missing,
            status: status, confidentiality: n[6] % 11 == 0 ? .value(.rahasia) : n[6] % 13 == 0 ? .invalid("?") : .value(.biasa))
    }

    static let complaintSets = Gen.int(in: 0...10_000).array(of: 7).array(of: 0...80)

    @Test func ledgerFiguresEqualAPlainComputationAtAnyMoment() async {
        await propertyCheck(count: 150, input: Self.complaintSets, Gen.int(in: 0...(45 * 24))) { rows, asOfHours in
            let complaints = rows.enumerated().map { Self.complaint($1, index: $0) }
            let latest = Self.start.adding(seconds: 46 * 24 * 3600)
            var intake = ComplaintIntake(markets: Self.markets, categories: Self.categories, standards: Self.standards,
                                         calendar: christmasCalendar, asOf: latest)
            for complaint in complaints { _ = intake.add(complaint) }
            let moment = Self.start.adding(seconds: Int64(asOfHours) * 3600)
            // A frozen moment from the ledger, and the full report at the intake's own moment.
            for (asOf, report) in [(moment, intake.report(at: moment, standards: Self.standards, rankingThreshold: 3)),
                                   (latest, intake.report(standards: Self.standards, rankingThreshold: 3))] {
                let evaluator = ComplaintEvaluator(asOf: asOf, calendar: christmasCalendar, standards: Self.standards,
                                                   marketIDs: Self.markets.map(\.id), categoryIDs: Self.categories.map(\.id))
                let judged = complaints.compactMap(evaluator.evaluate)
                let months = asOf.wibDate.yearMonth.lastMonths(12)
                func expect(_ actual: ComplaintStatistics, _ group: [ComplaintEvaluation], _ name: String) {
                    let expected = Reference(group, months: months)
                    #expect(Reference(actual) == expected, "\(name) as of \(asOf)")
                }
                expect(report.regency, judged, "regency")
                expect(report.unknownMarket, judged.filter { $0.complaint.marketID == "pasar-lama" }, "unknown market")
                for m in report.markets {
                    let atMarket = judged.filter { $0.complaint.marketID == m.market.id }
                    expect(m.statistics, atMarket, m.market.id)
                    for c in Self.categories {
                        expect(m.byCategory[c.id] ?? .empty(months: []), atMarket.filter { $0.complaint.categoryID == c.id }, "\(m.market.id)/\(c.id)")
                    }
                }
                for c in report.categories { expect(c.statistics, judged.filter { $0.complaint.categoryID == c.category.id }, c.category.id) }
            }
        }
    }

    @Test func countsReconcileAndPercentilesLieBetweenTheExtremes() async {
        await propertyCheck(count: 150, input: Self.complaintSets) { rows in
            let complaints = rows.enumerated().map { Self.complaint($1, index: $0) }
            let report = PortalReport(markets: Self.markets, categories: Self.categories, complaints: complaints, standards: Self.standards,
                                      calendar: christmasCalendar, asOf: Self.start.adding(seconds: 30 * 86_400), rankingThreshold: 3)
            let groups = [report.regency, report.unknownMarket] + report.markets.map(\.statistics) + report.categories.map(\.statistics)
                + report.markets.flatMap { $0.byCategory.values }
            for s in groups {
                #expect(s.open + s.resolved + s.rejected + s.unknownStatus == s.received)
                #expect(s.decided == (s.resolutionTime?.count ?? 0) + s.openOverdue)
                #expect(s.withinStandard.numerator <= s.decided)
                for summary in [s.resolutionTime, s.resolutionWorkingDays, s.firstResponseTime].compactMap({ $0 }) {
                    #expect(summary.median <= summary.p90)
                }
            }
            #expect(report.markets.map(\.statistics.received).reduce(0, +) + report.unknownMarket.received == report.regency.received)
            #expect(report.dataQuality.counted + report.dataQuality.receivedAfterAsOf == complaints.count)
        }
    }

    @Test func selectionGivesTheSamePercentilesAsSorting() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...40).array(of: 1...120)) { numbers in
            var values = numbers.map { UInt32($0 * $0) }  // many repeats, and gaps
            let selected = values.withUnsafeMutableBufferPointer { Summary(selecting: $0, sum: numbers.reduce(Int64(0)) { $0 + Int64($1 * $1) }) }
            #expect(selected == Summary(numbers.map { Int64($0 * $0) }))
            #expect(values.sorted() == numbers.map { UInt32($0 * $0) }.sorted())  // reordered, nothing lost
        }
    }

    @Test func theLedgerGivesBackEveryFactItWasGiven() async {
        await propertyCheck(count: 100, input: Self.complaintSets) { rows in
            let evaluator = ComplaintEvaluator(asOf: Self.start, calendar: christmasCalendar, standards: Self.standards,
                                               marketIDs: Self.markets.map(\.id), categoryIDs: Self.categories.map(\.id))
            var ledger = ComplaintLedger()
            let facts = rows.enumerated().map { evaluator.facts(of: Self.complaint($1, index: $0)).facts }
            for fact in facts { ledger.append(fact) }
            #expect((0..<ledger.count).map { ledger[$0] } == facts)
        }
    }
}

/// Every figure of a group, computed the plain way from judged complaints.
struct Reference: Equatable {
    var received = 0, open: [ComplaintStatus: Int] = [:], resolved = 0, rejected = 0, unknown = 0
    var resolution: Summary?, workingDays: Summary?, firstResponse: Summary?
    var within = Share(0, of: 0), overdue = 0, pending = 0, oldest: Int64?, excluded = 0, unlisted = 0
    var monthly: [MonthlyCount] = []

    init(_ group: [ComplaintEvaluation], months: [YearMonth]) {
        received = group.count
        for status in ComplaintStatus.openStatuses { open[status] = group.count { $0.state == .open(status) } }
        resolved = group.count { $0.state == .resolved }
        rejected = group.count { $0.state == .rejected }
        unknown = group.count { $0.state == .unknownStatus }
        resolution = Summary(group.compactMap(\.resolutionSeconds))
        workingDays = Summary(group.compactMap(\.resolutionWorkingDays).map(Int64.init))
        firstResponse = Summary(group.compactMap(\.firstResponseSeconds))
        let onTime = group.count { $0.outcome == .withinStandard }
        let decided = onTime + group.count { $0.outcome == .late || $0.outcome == .overdue }
        within = Share(onTime, of: decided)
        overdue = group.count { $0.outcome == .overdue }
        pending = group.count { $0.outcome == .pending }
        oldest = group.compactMap(\.moment.openAgeSeconds).max()
        excluded = group.count { !$0.isInTimeStatistics }
        unlisted = group.count { !$0.complaint.mayBeListed }
        monthly = months.map { month in
            MonthlyCount(month: month, received: group.count { $0.moment.receivedMonth == month },
                         resolved: group.count { $0.moment.resolvedMonth == month })
        }
    }

    init(_ s: ComplaintStatistics) {
        received = s.received
        open = s.openByStatus
        resolved = s.resolved
        rejected = s.rejected
        unknown = s.unknownStatus
        resolution = s.resolutionTime
        workingDays = s.resolutionWorkingDays
        firstResponse = s.firstResponseTime
        within = s.withinStandard
        overdue = s.openOverdue
        pending = s.openNotYetDue
        oldest = s.oldestOpenAge
        excluded = s.excludedFromTimeStatistics
        unlisted = s.unlistedConfidential
        monthly = s.monthly
    }
}

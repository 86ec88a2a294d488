import PasarCore
import PasarSources

/// The traders' programme as of the build's as-of moment: which activities are still to come
/// (including one under way), which are past, and which announcements are current. Everything is
/// decided by the as-of moment, never the clock, so the same inputs give the same pages.
public struct Programme: Sendable {
    public let activities: [Activity]
    public let announcements: [Announcement]
    /// Activities not yet over, soonest first (cancelled ones too: they say so).
    public let upcoming: [Int]
    /// Activities that are over, latest first.
    public let past: [Int]
    /// Announcements newest first.
    public let newestFirst: [Int]
    /// Announcements not past their expiry, newest first: what the home page shows.
    public let current: [Int]

    public init(activities: [Activity], announcements: [Announcement], asOf: Timestamp) {
        self.activities = activities
        self.announcements = announcements
        let order = activities.indices.sorted {
            (activities[$0].schedule.start, activities[$0].slug) < (activities[$1].schedule.start, activities[$1].slug)
        }
        upcoming = order.filter { activities[$0].schedule.end > asOf }
        past = order.filter { activities[$0].schedule.end <= asOf }.reversed()
        newestFirst = announcements.indices.sorted {
            (announcements[$0].date, announcements[$0].slug) > (announcements[$1].date, announcements[$1].slug)
        }
        let today = asOf.wibDate
        current = newestFirst.filter { !announcements[$0].hasExpired(on: today) }
    }

    public var isEmpty: Bool { activities.isEmpty && announcements.isEmpty }

    /// The next `limit` activities for a market: its own and the regency-wide, soonest first.
    public func upcoming(forMarket id: String, limit: Int) -> [Int] {
        Array(upcoming.lazy.filter { self.activities[$0].concerns(market: id) }.prefix(limit))
    }
}

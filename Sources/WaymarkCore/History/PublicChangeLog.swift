/// Finds the public changes in the committed history. Only features that are public in the
/// current content are reported, so a feature made internal again never appears, and only
/// versions in which the feature was public count.
struct PublicChangeLog: Sendable {
    let history: ContentHistory
    let config: SiteConfig
    /// Ids of the features public today.
    let publicFeatureIDs: Set<String>

    /// Returns the changes, newest commit first, then by feature id.
    func changes() -> [PublicChange] {
        var changes: [PublicChange] = []
        for (key, versions) in history.versionsByItem() where key.kind == .feature && publicFeatureIDs.contains(key.id) {
            var previous: ItemSnapshot?
            for version in versions {
                if let snapshot = version.snapshot, let kind = change(from: previous, to: snapshot) {
                    changes.append(PublicChange(
                        featureID: key.id, kind: kind,
                        commit: history.commits[version.commitIndex], commitIndex: version.commitIndex
                    ))
                }
                previous = version.snapshot
            }
        }
        return changes.sorted { left, right in
            left.commitIndex != right.commitIndex ? left.commitIndex > right.commitIndex : left.featureID < right.featureID
        }
    }

    private func change(from previous: ItemSnapshot?, to current: ItemSnapshot) -> PublicChange.Kind? {
        guard current.isPublic else { return nil }
        guard let previous, previous.isPublic else { return .published }
        let isReleased = current.status.flatMap { config.status($0)?.isReleased } ?? false
        let wasReleased = previous.status.flatMap { config.status($0)?.isReleased } ?? false
        if (current.released != nil && previous.released == nil) || (isReleased && !wasReleased) {
            return .released(current.released)
        }
        if let from = previous.status, let to = current.status, from != to {
            return .statusChanged(from: from, to: to)
        }
        return nil
    }
}

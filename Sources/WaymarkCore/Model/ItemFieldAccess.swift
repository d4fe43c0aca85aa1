/// Reads a named field of a deal or a feature, as views filter, group and colour by it: `value`
/// is the stored value (a rep id, a stage id), `label` the text a page shows for it (the rep's
/// name, the stage's label). Any name that is not a built-in field reads the item's custom field.
struct ItemFieldAccess {
    let roadmap: Roadmap
    let language: Language

    private var config: SiteConfig { roadmap.config }

    /// The stored value of `field`, or nil when the deal has none.
    func value(_ field: String, of deal: Deal) -> String? {
        switch field {
        case "owner": return deal.owner
        case "stage": return deal.stage
        case "state": return config.stage(deal.stage)?.state.rawValue
        case "region": return deal.region
        case "team": return deal.header.team
        case "product": return deal.product
        case "account": return deal.account
        case "tag": return deal.header.tags.isEmpty ? nil : deal.header.tags.joined(separator: "|")
        default: return deal.header.customFields[field]?.plainText
        }
    }

    /// The display text of `field` in the page language, or nil when the deal has no value.
    func label(_ field: String, of deal: Deal) -> String? {
        guard let value = value(field, of: deal) else { return nil }
        switch field {
        case "owner": return roadmap.repName(value)
        case "stage": return config.stageLabel(value, language)
        case "state": return PageStrings.text("state." + value, language)
        default: return value
        }
    }

    /// The stored value of `field`. Custom fields come from the source feature, so the views
    /// decoder allows them on internal views only.
    func value(_ field: String, of feature: FeatureView) -> String? {
        switch field {
        case "status": return feature.status
        case "team": return feature.team
        case "product": return feature.product
        case "tag": return feature.tags.isEmpty ? nil : feature.tags.joined(separator: "|")
        default: return roadmap.feature(feature.id)?.header.customFields[field]?.plainText
        }
    }

    func label(_ field: String, of feature: FeatureView) -> String? {
        guard let value = value(field, of: feature) else { return nil }
        return field == "status" ? config.statusLabel(value, language) : value
    }

    /// The swimlane order for `field`: stages and statuses in their configured order, limited to
    /// the lanes in `used` because an explicit order draws empty lanes too; other fields alphabetical.
    func laneOrder(_ field: String, used: [TimelineEntry]) -> TimelineLaneOrder {
        let lanes = Set(used.map(\.lane))
        switch field {
        case "stage": return .explicit(config.stages.map { config.stageLabel($0.id, language) }.filter(lanes.contains))
        case "status": return .explicit(config.statuses.map { config.statusLabel($0.id, language) }.filter(lanes.contains))
        default: return .alphabetical
        }
    }

    /// The column header for `field`: the built-in word, or the field id for a custom field.
    func header(_ field: String) -> String {
        let key = field == "tag" ? "tags" : field
        return PageStrings.table[key]?.text(language) ?? field
    }
}

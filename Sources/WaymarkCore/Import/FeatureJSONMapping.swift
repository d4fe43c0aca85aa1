/// The keys and tag rules that turn the objects of a JSON roadmap export into feature items.
public struct FeatureJSONMapping: Sendable {
    public var idKey: String
    public var titleKey: String
    /// HTML or text; it becomes the Markdown body with all markup shown as text.
    public var descriptionKey: String
    /// An array of strings mixing product names, release phases and other labels.
    public var tagsKey: String
    /// Month-only date such as "October CY2022" or null; the feature's `end`.
    public var endKey: String
    /// Month-only date or null; the feature's `start` when it is not after the end.
    public var startKey: String
    /// Release phase tag → status.
    public var phaseStatus: [String: String]
    /// Release phase tags whose items are rejected rather than imported.
    public var rejectedPhases: Set<String>
    /// The phase whose items get `released:` set to their end month.
    public var releasedPhase: String?
    /// Tags that are not products: release types, platforms, cloud instances. The first other tag
    /// (after the phases) is the product and the team.
    public var nonProductTags: Set<String>
    /// `visibility` written into new files; nil leaves it out, which makes features internal.
    /// Existing files keep theirs, so a feature made internal by hand stays internal.
    public var visibility: String?

    public init(
        idKey: String, titleKey: String, descriptionKey: String, tagsKey: String,
        endKey: String, startKey: String, phaseStatus: [String: String],
        rejectedPhases: Set<String>, releasedPhase: String?, nonProductTags: Set<String>,
        visibility: String? = nil
    ) {
        self.idKey = idKey
        self.titleKey = titleKey
        self.descriptionKey = descriptionKey
        self.tagsKey = tagsKey
        self.endKey = endKey
        self.startKey = startKey
        self.phaseStatus = phaseStatus
        self.rejectedPhases = rejectedPhases
        self.releasedPhase = releasedPhase
        self.nonProductTags = nonProductTags
        self.visibility = visibility
    }

    /// The public Microsoft 365 roadmap feed, one object per feature. "Rolling out" maps to
    /// `beta` because the feature reaches some tenants before others; cancelled items are rejected
    /// because the default statuses have no place for them. The items are public on the source
    /// site, so new features are `visibility: public`.
    public static let microsoft365Roadmap = FeatureJSONMapping(
        idKey: "guid",
        titleKey: "title",
        descriptionKey: "description",
        tagsKey: "category",
        endKey: "publicDisclosureAvailabilityDate",
        startKey: "publicPreviewDate",
        phaseStatus: ["In development": "in-progress", "Rolling out": "beta", "Launched": "released"],
        rejectedPhases: ["Cancelled"],
        releasedPhase: "Launched",
        nonProductTags: [
            "General Availability", "Preview", "Limited Availability", "Targeted Release",
            "Targeted Release (Entire Organization)", "Targeted Release (Select People)",
            "Current Channel", "Current Channel (Preview)", "Monthly Enterprise Channel",
            "Semi-Annual Enterprise Channel", "Semi-Annual Enterprise Channel (Preview)",
            "Web", "Desktop", "Mac", "Android", "iOS", "Mobile", "Linux", "Developer", "Education",
            "Teams and Surface Devices",
            "Worldwide (Standard Multi-Tenant)", "GCC", "GCC High", "DoD",
        ],
        visibility: "public"
    )
}

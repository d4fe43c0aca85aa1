/// Built-in mappings for common exports. Their stage maps send each CRM stage to the nearest of
/// the default stages (`prospecting`, `qualification`, `demo`, `proposal`, `negotiation`, `won`,
/// `lost`), so an import into a site with the default stages passes `waymark check`. Stage values
/// not listed become their slugs, which `roadmap.yml` can then declare as stages.
extension ImportMapping {
    /// Salesforce opportunities, from a Data Loader export (API names) or an opportunity report
    /// (column labels). Stages are Salesforce's defaults.
    public static let salesforce = ImportMapping(
        kind: .deal,
        columns: [
            "id": ["Id", "Opportunity ID"],
            "title": ["Name", "Opportunity Name"],
            "account": ["Account.Name", "Account Name", "AccountId"],
            "owner": ["Owner.Name", "Opportunity Owner", "OwnerId"],
            "stage": ["StageName", "Stage"],
            "amount": ["Amount"],
            "currency": ["CurrencyIsoCode", "Opportunity Currency"],
            "probability": ["Probability", "Probability (%)"],
            "opened": ["CreatedDate", "Created Date"],
            "close": ["CloseDate", "Close Date"],
            "lost_reason": ["Loss_Reason__c", "Loss Reason"],
        ],
        stageMap: [
            "Prospecting": "prospecting",
            "Qualification": "qualification",
            "Needs Analysis": "qualification",
            "Value Proposition": "demo",
            "Id. Decision Makers": "proposal",
            "Perception Analysis": "proposal",
            "Proposal/Price Quote": "proposal",
            "Negotiation/Review": "negotiation",
            "Closed Won": "won",
            "Closed Lost": "lost",
        ],
        ownerNormalization: .slug,
        probabilityIsPercent: true
    )

    /// HubSpot deals exported from the deals view. Owners are e-mail addresses, and the company
    /// domain replaces the account name when the export has no company name.
    public static let hubspot = ImportMapping(
        kind: .deal,
        columns: [
            "id": ["Deal ID", "Record ID"],
            "title": ["Deal Name"],
            "account": ["Associated Company", "Company Name", "Associated Company Domain"],
            "owner": ["Deal Owner"],
            "stage": ["Deal Stage"],
            "amount": ["Amount"],
            "currency": ["Currency"],
            "probability": ["Deal probability"],
            "opened": ["Create Date"],
            "close": ["Close Date"],
            "lost_reason": ["Closed Lost Reason"],
        ],
        stageMap: [
            // The labels of HubSpot's default sales pipeline, then the internal names its API and
            // some exports use for the same stages.
            "Appointment Scheduled": "prospecting",
            "Qualified to Buy": "qualification",
            "Presentation Scheduled": "demo",
            "Decision Maker Bought-In": "proposal",
            "Contract Sent": "negotiation",
            "Closed Won": "won",
            "Closed Lost": "lost",
            "appointmentscheduled": "prospecting",
            "qualifiedtobuy": "qualification",
            "presentationscheduled": "demo",
            "decisionmakerboughtin": "proposal",
            "contractsent": "negotiation",
            "closedwon": "won",
            "closedlost": "lost",
        ],
        ownerNormalization: .emailLocalPart,
        probabilityIsPercent: false
    )

    /// The Maven Analytics "CRM Sales Opportunities" pipeline file (`sales_pipeline.csv`). It has no
    /// deal names, so the title is the account and product.
    public static let maven = ImportMapping(
        kind: .deal,
        columns: [
            "id": ["opportunity_id"],
            "owner": ["sales_agent"],
            "product": ["product"],
            "account": ["account"],
            "stage": ["deal_stage"],
            "opened": ["engage_date"],
            "close": ["close_date"],
            "amount": ["close_value"],
        ],
        // Maven's "Engaging" is every open deal past first contact; `negotiation` is the nearest
        // default stage. A mapping file or a declared `engaging` stage can keep it apart.
        stageMap: ["Prospecting": "prospecting", "Engaging": "negotiation", "Won": "won", "Lost": "lost"],
        ownerNormalization: .slug,
        titleFields: ["account", "product"]
    )

    /// The Maven sales team file (`sales_teams.csv`): one rep per agent, with manager and office.
    public static let mavenTeams = ImportMapping(
        kind: .rep,
        columns: [
            "name": ["sales_agent"],
            "manager": ["manager"],
            "region": ["regional_office"],
        ],
        ownerNormalization: .slug
    )

    /// Returns the preset with this name: `salesforce`, `hubspot`, `maven` or `maven-teams`.
    public static func preset(named name: String) -> ImportMapping? {
        switch name.lowercased() {
        case "salesforce": salesforce
        case "hubspot": hubspot
        case "maven": maven
        case "maven-teams": mavenTeams
        default: nil
        }
    }
}

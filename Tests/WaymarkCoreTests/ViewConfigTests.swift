import Testing
@testable import WaymarkCore

@Suite struct ViewConfigTests {
    private func decode(_ yaml: String) -> (config: SiteConfig, errors: [String]) {
        let result = ConfigDecoder.decode(yaml: yaml)
        return (result.config, result.diagnostics.map { $0.formatted(.en) })
    }

    @Test func viewDecodesEverySetting() throws {
        let result = decode("""
            views:
              - id: top-deals
                title: {zh-CN: 大单, en: Top deals}
                kinds: [deal]
                filter: {stage: negotiation, region: [华东, 华北]}
                group_by: segment
                color_by: region
                sort: -amount
                limit: 20
                min_amount: 500000
                unit: fiscal-quarter
                range: {start: 2026-Q3, end: 2027-Q4}
            deal_timeline: {limit: 300}
            """)
        #expect(result.errors == [])
        let view = try #require(result.config.views?.first)
        #expect(view.id == "top-deals")
        #expect(view.title(.en) == "Top deals")
        #expect(view.title(.zhCN) == "大单")
        #expect(view.kind == .deal)
        #expect(view.filter == ["stage": ["negotiation"], "region": ["华东", "华北"]])
        #expect(view.groupBy == "segment")
        #expect(view.colorBy == "region")
        #expect(view.sort == ViewConfig.Sort(key: .amount, descending: true))
        #expect(view.limit == 20)
        #expect(view.minAmount == 500000)
        #expect(view.unit == .fiscalQuarter)
        #expect(view.rangeStart?.description == "2026-Q3")
        #expect(view.rangeEnd?.description == "2027-Q4")
        #expect(view.audience == .internal)
        #expect(result.config.dealTimelineLimit == 300)
    }

    @Test func viewsAbsentUseBuiltInView() {
        let result = decode("title: Demo\n")
        #expect(result.config.views == nil)
        #expect(ViewPages.views(result.config, audience: .internal).map(\.id) == ["biggest-deals"])
        #expect(ViewPages.views(result.config, audience: .public).isEmpty)
    }

    @Test func badViewValuesReportLocations() {
        let result = decode("""
            views:
              - id: one
                kinds: [deal]
                sort: -size
                unit: week
                limit: 0
                audience: public
                filter: {stage: negotation}
              - id: two
                kinds: [feature]
                min_amount: 100
                group_by: Product Line
                range: {start: 2027-Q2, end: 2026-Q1}
              - id: three
                kinds: [deal, feature]
                colour_by: stage
            """)
        let errors = result.errors
        #expect(errors.contains { $0.hasPrefix("roadmap.yml:4:11: error: field `views.sort`: cannot sort deal items by `size`") })
        #expect(errors.contains { $0.hasPrefix("roadmap.yml:5:11: error: field `views.unit`: unknown value `week`") })
        #expect(errors.contains { $0.hasPrefix("roadmap.yml:6:12: error: field `views.limit`: `0` is not a positive whole number") })
        #expect(errors.contains { $0.hasPrefix("roadmap.yml:7:15: error: field `views.audience`: a deal view cannot be public") })
        let filterError = errors.first { $0.hasPrefix("roadmap.yml:8:21: error: field `views.filter`: unknown stage `negotation` in the filter") }
        #expect(filterError != nil)
        #expect(filterError?.contains("`negotiation`") == true)
        #expect(errors.contains { $0.hasPrefix("roadmap.yml:11:17: error: field `views.min_amount`: features have no amount") })
        #expect(errors.contains { $0.hasPrefix("roadmap.yml:12:15: error: field `views.group_by`: feature views have no field `Product Line`") })
        #expect(errors.contains { $0.hasPrefix("roadmap.yml:13:34: error: field `end`: the range ends (2026-Q1) before it starts (2027-Q2)") })
        #expect(errors.contains { $0.contains("field `views.kinds`: a view shows one kind of item") })
        let settingError = errors.first { $0.contains("unknown setting `colour_by`") }
        #expect(settingError != nil)
        #expect(settingError?.contains("did you mean `color_by`?") == true)
    }

    @Test func duplicateViewIDIsAnError() {
        let result = decode("""
            views:
              - {id: same, kinds: [deal]}
              - {id: same, kinds: [feature]}
            """)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.contains("a second view has the id `same`") == true)
        #expect(result.config.views?.count == 1)
    }

    @Test func missingKindsIsAnError() {
        let result = decode("views:\n  - {id: nothing}\n")
        #expect(result.errors.first?.contains("required field `kinds` is missing") == true)
    }
}

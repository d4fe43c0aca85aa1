/// Sentences about the analysis, built from `PageStrings` templates with `{0}`, `{1}` … slots,
/// shared by the pipeline page and `waymark stats`.
enum AnalysisText {
    /// The template `key` in `language` with its slots filled.
    static func format(_ key: String, _ language: Language, _ arguments: String...) -> String {
        var text = PageStrings.text(key, language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingEvery("{\(index)}", with: argument)
        }
        return text
    }

    /// "瓶颈：商务谈判阶段占未结商机的 63%，主要由 李娜（7）和 赵强（6）持有", or the same
    /// about the open amount when the stage reaches the threshold by amount only.
    static func bottleneckSentence(_ bottleneck: Bottleneck, config: SiteConfig, _ language: Language) -> String {
        let stage = config.stageLabel(bottleneck.stage.stage, language)
        let share = bottleneck.isByCount ? bottleneck.stage.countShare : bottleneck.stage.amountShare
        let key = bottleneck.isByCount ? "bottleneckByCount" : "bottleneckByAmount"
        return format(key, language, stage, NumberFormatting.percent(share), ownerList(bottleneck.mainOwners, language))
    }

    /// "李娜（7）、王芳（2）和 赵强（6）" or "Li Na (7), Wang Fang (2) and Zhao Qiang (6)".
    static func ownerList(_ owners: [OwnerCount], _ language: Language) -> String {
        let names = owners.map { format("ownerWithCount", language, $0.name, String($0.count)) }
        guard let last = names.last else { return "" }
        guard names.count > 1 else { return last }
        let head = names.dropLast().joined(separator: PageStrings.text("listSeparator", language))
        return head + PageStrings.text("listLastSeparator", language) + last
    }

    /// The note beside the bottleneck's bar in the stage chart.
    static func bottleneckNote(_ bottleneck: Bottleneck, _ language: Language) -> String {
        bottleneck.isByCount
            ? format("bottleneckNoteCount", language, NumberFormatting.percent(bottleneck.stage.countShare))
            : format("bottleneckNoteAmount", language, NumberFormatting.percent(bottleneck.stage.amountShare))
    }
}
